using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ZoneLint.Conformance.Tests.Differential;

/// <summary>
/// A zone both tools load: the file, the zone name, the folder named-checkzone runs in (so its relative $INCLUDEs
/// resolve) and the include root ZoneLint gets (the folder that holds everything the zone includes).
/// </summary>
public sealed record DifferentialZone(string Name, string File, string Origin, string WorkingDirectory, string IncludeRoot);

public static class DifferentialCorpus
{
    /// <summary>Every BIND checkzone/master/masterfile zone and every real-world zone (include fragments left out).</summary>
    public static IReadOnlyList<DifferentialZone> All()
    {
        var zones = new List<DifferentialZone>();

        string checkzone = BindExpectations.CheckzoneFolder;
        foreach (var row in BindExpectations.Checkzone.Values.OrderBy(r => r.File, System.StringComparer.Ordinal))
        {
            if (row.File == "inherit.db") continue; // a fragment: BIND's test never loads it as a zone
            zones.Add(new DifferentialZone("checkzone/" + row.File, BindExpectations.CheckzonePath(row.File), row.Origin, checkzone, checkzone));
        }

        string masterRoot = MasterLoaderTests.IncludeRoot;
        foreach (var row in BindExpectations.Master.Values.Where(r => r.IsText).OrderBy(r => r.File, System.StringComparer.Ordinal))
        {
            zones.Add(new DifferentialZone("master/" + row.File, MasterLoaderTests.PathOf(row.File), "test", masterRoot, masterRoot));
        }

        string masterfile = BindExpectations.MasterfileFolder;
        string ns1 = Path.Combine(masterfile, "ns1");
        zones.Add(new DifferentialZone("masterfile/ns1/include.db", Path.Combine(ns1, "include.db"), "include", ns1, ns1));
        zones.Add(new DifferentialZone("masterfile/ns1/ttl1.db", Path.Combine(ns1, "ttl1.db"), "ttl1", ns1, ns1));
        zones.Add(new DifferentialZone("masterfile/ns1/ttl2.db", Path.Combine(ns1, "ttl2.db"), "ttl2", ns1, ns1));
        string ns2 = Path.Combine(masterfile, "ns2");
        zones.Add(new DifferentialZone("masterfile/ns2/example.db", Path.Combine(ns2, "example.db"), "example", ns2, ns2));
        zones.Add(new DifferentialZone("masterfile/zone/inheritownerafterinclude.db",
            Path.Combine(masterfile, "zone", "inheritownerafterinclude.db"), "example", masterfile, masterfile));

        string realWorld = BindExpectations.RealWorldFolder;
        foreach (var row in BindExpectations.RealWorld.Where(r => r.Origin != null))
        {
            string file = Path.Combine(realWorld, row.LocalPath);
            zones.Add(new DifferentialZone("realworld/" + row.LocalPath, file, row.Origin!,
                Path.GetDirectoryName(file)!, Path.Combine(realWorld, row.RepositoryFolder)));
        }
        return zones;
    }
}
