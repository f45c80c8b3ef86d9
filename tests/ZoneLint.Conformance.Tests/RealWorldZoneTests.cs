using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// Real operators' zones (realworld-zones/), all of which load in named-checkzone and kzonecheck: ZoneLint must
/// report no error at all on them, with its default severities (a false positive here is a false positive for users).
/// </summary>
public class RealWorldZoneTests
{
    public static IEnumerable<object[]> Zones() =>
        BindExpectations.RealWorld
            .Where(z => z.Origin != null)
            .Select(z => new object[] { z.LocalPath });

    [ConformanceTheory]
    [MemberData(nameof(Zones))]
    public void LoadsWithoutError(string localPath)
    {
        var zone = BindExpectations.RealWorld.Single(z => z.LocalPath == localPath);
        string path = Path.Combine(BindExpectations.RealWorldFolder, localPath);
        var verdict = ZoneLintRunner.Check(path, zone.Origin!, Path.Combine(BindExpectations.RealWorldFolder, zone.RepositoryFolder));
        Assert.True(verdict.Accepted, $"{localPath} (origin {zone.Origin}) loads in BIND and Knot; ZoneLint reports:\n{verdict.Errors}");
        Assert.NotEmpty(verdict.Result.Zone.Records);
    }

    [ConformanceFact]
    public void ProvenanceListsTheZones()
    {
        Assert.True(BindExpectations.RealWorld.Count(z => z.Origin != null) >= 13,
            $"read only {BindExpectations.RealWorld.Count} rows from realworld-zones/PROVENANCE.md");
        foreach (var zone in BindExpectations.RealWorld)
            Assert.True(File.Exists(Path.Combine(BindExpectations.RealWorldFolder, zone.LocalPath)), zone.LocalPath);
    }
}
