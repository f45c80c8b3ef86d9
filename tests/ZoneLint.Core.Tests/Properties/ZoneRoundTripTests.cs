using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// Parse → format → parse over real zone text: the sample zones, and every zone file of the third-party conformance
/// data ($ZONELINT_CONFORMANCE_DIR, else ../shared/conformance beside the repository; skipped, saying so, when absent).
/// Every record that loads is written as a line, and the lines load as the same records, in order; formatting them
/// again gives the same text; and each record's generic form (RFC 3597) loads as the same wire. Files with errors
/// take part with the records that did load.
/// </summary>
public sealed class ZoneRoundTripTests
{
    public static IEnumerable<object[]> SampleZones() =>
        Directory.GetFiles(Path.Combine(ZoneFolders.RepositoryRoot, "samples", "zones")).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> ConformanceZones() =>
        ZoneFolders.ConformanceExists ? ZoneFolders.ConformanceZoneFiles().Select(f => new object[] { f }) : Enumerable.Empty<object[]>();

    [Theory]
    [MemberData(nameof(SampleZones))]
    public void SampleZoneRoundTrips(string file)
    {
        int records = AssertRoundTrips(Path.Combine(ZoneFolders.RepositoryRoot, "samples", "zones", file));
        Assert.True(records > 0, $"{file} loads no record");
    }

    [ConformanceZonesTheory]
    [MemberData(nameof(ConformanceZones))]
    public void ConformanceZoneRoundTrips(string relativePath) =>
        AssertRoundTrips(Path.Combine(ZoneFolders.Conformance, relativePath));

    /// <summary>The corpus holds records to round-trip at all (so a broken enumeration cannot pass by finding nothing).</summary>
    [ConformanceZonesFact]
    public void ConformanceZonesHoldRecords()
    {
        int total = ZoneFolders.ConformanceZoneFiles().Sum(f => Load(Path.Combine(ZoneFolders.Conformance, f)).Records.Count);
        Assert.True(total > 1000, $"only {total} records in the conformance zones");
    }

    /// <returns>The number of records compared.</returns>
    private static int AssertRoundTrips(string path)
    {
        var original = Load(path).Records;
        var byClass = original.GroupBy(r => r.Class);
        foreach (var group in byClass)
        {
            var records = group.ToList();
            string text = string.Concat(records.Select(r => RdataFormatter.FormatRecord(r) + "\n"));
            var again = RoundTrip.ParseClean(text, group.Key);
            Assert.Equal(records.Count, again.Count);
            for (int i = 0; i < records.Count; i++) RoundTrip.AssertSame(records[i], again[i], RdataFormatter.FormatRecord(records[i]));
            Assert.Equal(text, string.Concat(again.Select(r => RdataFormatter.FormatRecord(r) + "\n")));

            string generic = string.Concat(records.Select(r => RoundTrip.GenericLine(r.Owner, r.Ttl, r.Class, r.Type, r.Rdata.Wire) + "\n"));
            var fromGeneric = RoundTrip.ParseClean(generic, group.Key);
            for (int i = 0; i < records.Count; i++) RoundTrip.AssertSame(records[i], fromGeneric[i], generic.Split('\n')[i]);
        }
        return original.Count;
    }

    /// <summary>As `zonelint check` would: the origin from the file name where it gives one, a default $TTL, includes beside the file.</summary>
    private static ZoneParseResult Load(string path) =>
        ZoneParser.ParseFile(path, new ParseOptions
        {
            Origin = ZoneFileNames.OriginFromFileName(path) ?? DomainName.Parse("example."),
            OriginIsGuess = true,
            DefaultTtl = 3600,
        });
}

/// <summary>Where the zones are: the repository (found from the test binaries by ZoneLint.sln) and the conformance data.</summary>
internal static class ZoneFolders
{
    private const string EnvironmentVariable = "ZONELINT_CONFORMANCE_DIR";

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZoneLint.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ZoneLint.sln not found above the test binaries");
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>$ZONELINT_CONFORMANCE_DIR, else ../shared/conformance relative to the repository.</summary>
    public static string Conformance
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return Path.GetFullPath(string.IsNullOrWhiteSpace(fromEnvironment) ? Path.Combine(RepositoryRoot, "..", "shared", "conformance") : fromEnvironment);
        }
    }

    public static bool ConformanceExists => Directory.Exists(Conformance);

    public static string MissingReason =>
        $"conformance data not found: set {EnvironmentVariable} to the folder holding bind9/, knot-zscanner/, realworld-zones/ and simdzone/, or put it at ../shared/conformance beside the repository";

    /// <summary>The zone text of the corpora, as paths relative to the conformance folder: everything but the documentation and expected outputs.</summary>
    public static IEnumerable<string> ConformanceZoneFiles() =>
        new[] { "bind9", "knot-zscanner", "realworld-zones", "simdzone" }
            .Select(folder => Path.Combine(Conformance, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .Where(IsZoneText)
            .Select(f => Path.GetRelativePath(Conformance, f))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static bool IsZoneText(string path)
    {
        string name = Path.GetFileName(path);
        string extension = Path.GetExtension(name).ToLowerInvariant();
        return extension is not (".md" or ".out" or ".json" or ".yml" or ".yaml" or ".txt") && name != "TESTS" && !name.StartsWith("LICENSE", StringComparison.Ordinal);
    }
}

/// <summary>A [Theory] skipped, with the reason, when the conformance data is absent.</summary>
public sealed class ConformanceZonesTheoryAttribute : TheoryAttribute
{
    public ConformanceZonesTheoryAttribute()
    {
        if (!ZoneFolders.ConformanceExists) Skip = ZoneFolders.MissingReason;
    }
}

/// <summary>A [Fact] skipped, with the reason, when the conformance data is absent.</summary>
public sealed class ConformanceZonesFactAttribute : FactAttribute
{
    public ConformanceZonesFactAttribute()
    {
        if (!ZoneFolders.ConformanceExists) Skip = ZoneFolders.MissingReason;
    }
}
