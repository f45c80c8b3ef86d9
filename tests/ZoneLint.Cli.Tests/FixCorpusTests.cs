using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Conformance.Tests;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Fixes;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Text;

namespace ZoneLint.Cli.Tests;

/// <summary>
/// `zonelint fix` over every sample zone and every conformance zone, each copied to a folder of its own: the result
/// parses no worse, every byte changed lies in the span of a finding that has a fix, every record on an untouched line
/// loads as before, the fixed findings are gone, and a second run changes nothing.
/// </summary>
public sealed class FixCorpusTests
{
    [Fact]
    public void SampleZones()
    {
        string samples = Path.Combine(ConformanceData.RepositoryRoot ?? throw new InvalidOperationException("no repository root"), "samples", "zones");
        int changed = FixCopyOf(samples, "*");
        Assert.True(changed > 0, "the samples hold fixable mistakes, so some file must change");
    }

    [ConformanceTheory]
    [InlineData("bind9")]
    [InlineData("knot-zscanner")]
    [InlineData("realworld-zones")]
    [InlineData("simdzone")]
    public void ConformanceZones(string folder) => FixCopyOf(ConformanceData.PathOf(folder), "*");

    /// <summary>Copies a folder tree, runs fix on every zone-like file in it, checks the result; the files changed.</summary>
    private static int FixCopyOf(string source, string pattern)
    {
        using var cli = new CliRunner();
        foreach (string file in Directory.GetFiles(source, pattern, SearchOption.AllDirectories))
        {
            string target = Path.Combine(cli.Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var zones = Directory.GetFiles(cli.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(cli.Folder, f))
            .Where(IsZoneLike)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var before = Snapshot(cli.Folder);
        var findings = Check(cli, zones);
        var recordsBefore = Records(cli, zones);

        var first = cli.Run(["fix", .. zones]);
        Assert.True(first.ExitCode is 0 or 1, first.Stderr);
        var after = Snapshot(cli.Folder);

        int changed = 0;
        var changedLines = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (file, text) in after)
        {
            string original = before[file];
            if (original == text) continue;
            changed++;
            foreach (var (start, end) in ChangedRegions(original, text))
            {
                int line = original.Take(start).Count(c => c == '\n') + 1;
                changedLines.TryAdd(file, new HashSet<int>());
                changedLines[file].Add(line);
                Assert.True(findings.Any(d => SameFile(cli, d.Span.File, file) && ZoneFixes.HasFix(d.Id) && (d.Span.Start <= end && start <= d.Span.End || MergesInto(d, line))),
                    $"{file}: bytes {start}..{end} changed outside every fixable finding");
            }
        }
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k)); // no file added (no temporary left), none removed

        // Every record on a line no fix touched loads as before: same type, class and data, and the same owner and TTL
        // where the record writes them (a fixed owner or $TTL rightly changes what the lines after it inherit).
        var recordsAfter = Records(cli, zones);
        for (int i = 0; i < zones.Length; i++)
        {
            bool Untouched(RecordView r) => !changedLines.TryGetValue(r.File, out var lines) || !Enumerable.Range(r.StartLine, r.EndLine - r.StartLine + 1).Any(lines.Contains);
            Assert.Equal(recordsBefore[i].Where(Untouched), recordsAfter[i].Where(Untouched));
        }

        var left = Check(cli, zones);
        Assert.True(SyntaxErrors(left) <= SyntaxErrors(findings), "the fixed zones parse with more syntax errors than before");
        var second = cli.Run(["fix", .. zones]);
        Assert.EndsWith("fixed 0 findings in 0 files; " + left.Count + " left", second.Stderr.Trim());
        Assert.Equal(after, Snapshot(cli.Folder));
        return changed;
    }

    private static bool IsZoneLike(string path)
    {
        string name = Path.GetFileName(path);
        return !(name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.StartsWith("LICENSE", StringComparison.Ordinal)
            || name.EndsWith(".out", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal) || name.StartsWith("zonelint", StringComparison.Ordinal));
    }

    /// <summary>The findings `zonelint fix` sees, with the options it uses, run with the folder as current folder.</summary>
    private static IReadOnlyList<ZoneDiagnostic> Check(CliRunner cli, string[] zones)
    {
        var (parsed, options) = Parse(cli, zones);
        return ZoneRun.Check(parsed, options, Array.Empty<ISpfResolver>(), parallel: true);
    }

    private static (ZoneParseResult[] Zones, CheckOptions[] Options) Parse(CliRunner cli, string[] zones)
    {
        var options = zones.Select(z => ZoneRun.OptionsFor(Path.Combine(cli.Folder, z), ZoneLintConfiguration.Default)).ToArray();
        return (ZoneRun.Parse(zones.Select(z => Path.Combine(cli.Folder, z)).ToArray(), options, parallel: true), options);
    }

    /// <summary>A record as the zone loads it, with what the fixes may change through inheritance left out.</summary>
    private sealed record RecordView(string File, int StartLine, int EndLine, string? Owner, uint? Ttl, string Data);

    /// <summary>The records of each zone, in load order.</summary>
    private static List<RecordView>[] Records(CliRunner cli, string[] zones)
    {
        return Parse(cli, zones).Zones
            .Select(zone => zone.Records.Select(r => new RecordView(
                Path.GetRelativePath(cli.Folder, r.Span.File), r.Span.StartLine, r.Span.EndLine,
                r.HasOwnerText ? r.Owner.ToString() : null, r.TtlSource == TtlSource.Explicit ? r.Ttl : null,
                RRClass.ToName(r.Class) + " " + r.TypeName + " " + RdataFormatter.Format(r.Type, r.Rdata.Wire))).ToList())
            .ToArray();
    }

    /// <summary>A ZL3004 finding (on the second SPF record) whose merge rewrites the first, on the line its message names.</summary>
    private static bool MergesInto(ZoneDiagnostic finding, int line) =>
        finding.Id == "ZL3004" && finding.Message.Contains($"(the first is on line {line})", StringComparison.Ordinal);

    private static int SyntaxErrors(IEnumerable<ZoneDiagnostic> diagnostics) =>
        diagnostics.Count(d => d.Id is "ZL1001" or "ZL1002" or "ZL1004" or "ZL1005");

    private static bool SameFile(CliRunner cli, string spanFile, string relative) =>
        Path.GetFullPath(spanFile) == Path.GetFullPath(Path.Combine(cli.Folder, relative));

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.ReadAllText(f), StringComparer.Ordinal);

    /// <summary>
    /// Each stretch of the original text that differs, line by line (fixes keep lines where they are): the line's common
    /// prefix and suffix are unchanged bytes, the rest a changed region, as offsets into the original.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ChangedRegions(string original, string text)
    {
        var a = original.Split('\n');
        var b = text.Split('\n');
        Assert.Equal(a.Length, b.Length);
        int offset = 0;
        for (int i = 0; i < a.Length; offset += a[i].Length + 1, i++)
        {
            if (a[i] == b[i]) continue;
            int prefix = 0;
            while (prefix < a[i].Length && prefix < b[i].Length && a[i][prefix] == b[i][prefix]) prefix++;
            int suffix = 0;
            while (suffix < a[i].Length - prefix && suffix < b[i].Length - prefix && a[i][a[i].Length - 1 - suffix] == b[i][b[i].Length - 1 - suffix]) suffix++;
            yield return (offset + prefix, offset + a[i].Length - suffix);
        }
    }
}
