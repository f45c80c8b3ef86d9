using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit.Abstractions;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Conformance.Tests.Differential;

/// <summary>One comparison: a zone (or a mutation of one) loaded by both tools.</summary>
public sealed record DifferentialRow(
    string Kind, DifferentialZone Zone, string File, Mutation? Mutation, BindVerdict Bind, ZoneLintVerdict ZoneLint)
{
    public bool ZoneLintAccepts => ZoneLint.Accepted;

    /// <summary>ZoneLint with every rule at its default severity (the lint-only rules count as errors too).</summary>
    public bool ZoneLintAcceptsStrict => !ZoneLint.Result.Diagnostics.Any(d =>
        d.Severity == DiagnosticSeverity.Error
        || (ZoneLintRunner.IsLintOnly(d.Id) && d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error));

    public bool Agrees => Bind.Accepted == ZoneLintAccepts;

    public string ZoneLintFirstError => ZoneLint.FirstError is { } e ? ZoneLintVerdict.Describe(e) : "";

    public string Label => Mutation == null ? Zone.Name : $"{Zone.Name} #{Mutation.Index} {Mutation.Operator}";
}

/// <summary>
/// Differential test against BIND's named-checkzone: (a) every BIND test zone and real-world zone, and (b) seeded,
/// deterministic mutations of every zone BIND accepts. Both tools give accept/reject; the test asserts they agree on
/// at least 98% of all files and prints every disagreement with BIND's and ZoneLint's first error.
/// tests/differential/run.sh runs it from the command line and prints the table.
/// </summary>
public class DifferentialTests
{
    public const int MutationsPerSeed = 20;
    public const double RequiredAgreement = 0.98;

    /// <summary>Set to a file path to get the full table (Markdown) there as well.</summary>
    public const string ReportVariable = "ZONELINT_DIFFERENTIAL_REPORT";

    /// <summary>Set to a folder to keep a copy of every mutated zone the tools disagree on.</summary>
    public const string KeepVariable = "ZONELINT_DIFFERENTIAL_KEEP";

    private readonly ITestOutputHelper _output;

    public DifferentialTests(ITestOutputHelper output) => _output = output;

    [NamedCheckzoneFact]
    public void ZoneLintAgreesWithNamedCheckzone()
    {
        var corpus = DifferentialCorpus.All();
        var fileRows = Evaluate(corpus.Select(z => (z, z.File, (Mutation?)null)).ToList(), "file");

        // Seeds: the zones both tools accept. A zone only one of them accepts would pass its disagreement on to
        // every mutation; it is counted once, among the files.
        var seeds = fileRows.Where(r => r.Bind.Accepted && r.ZoneLintAccepts).Select(r => r.Zone).ToList();
        var mutationJobs = new List<(DifferentialZone Zone, string File, Mutation? Mutation)>();
        foreach (var seed in seeds)
        {
            var (mirrorFile, mirrorZone) = Mirror(seed);
            string text = File.ReadAllText(seed.File, Encoding.Latin1);
            foreach (var mutation in ZoneMutator.Mutate(text, MutationsPerSeed, ZoneMutator.StableSeed(seed.Name)))
            {
                string path = $"{mirrorFile}.mut{mutation.Index:D2}-{mutation.Operator}";
                File.WriteAllText(path, mutation.Text, Encoding.Latin1);
                mutationJobs.Add((mirrorZone, path, mutation));
            }
        }
        var mutationRows = Evaluate(mutationJobs, "mutation");

        var all = fileRows.Concat(mutationRows).ToList();
        string report = Report(fileRows, mutationRows, seeds.Count);
        foreach (var line in report.Split('\n')) _output.WriteLine(line);
        WriteReport(report, all);

        double agreement = Ratio(all);
        Assert.True(agreement >= RequiredAgreement,
            $"ZoneLint agrees with named-checkzone on {agreement:P2} of {all.Count} files; at least {RequiredAgreement:P0} is required. "
            + "Every disagreement is in the test output (tests/differential/run.sh prints it). By class:\n"
            + string.Join("\n", all.Where(r => !r.Agrees).GroupBy(DisagreementClassifier.Classify)
                .OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x {g.Key.Class}: {g.Key.Reason}")));
    }

    private static List<DifferentialRow> Evaluate(IReadOnlyList<(DifferentialZone Zone, string File, Mutation? Mutation)> jobs, string kind)
    {
        var rows = new DifferentialRow[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, i =>
        {
            var (zone, file, mutation) = jobs[i];
            var bind = NamedCheckzone.Check(zone.WorkingDirectory, zone.Origin, file);
            var zoneLint = ZoneLintRunner.CheckAsBind(file, zone.Origin, zone.IncludeRoot);
            rows[i] = new DifferentialRow(kind, zone, file, mutation, bind, zoneLint);
        });
        return rows.ToList();
    }

    private static readonly ConcurrentDictionary<string, string> Mirrors = new();

    /// <summary>
    /// A copy of the seed's include root in the temp workspace (the data folder is read-only), so that a mutated file
    /// can sit where the seed sits and its relative $INCLUDEs resolve the same way for both tools.
    /// </summary>
    private static (string File, DifferentialZone Zone) Mirror(DifferentialZone seed)
    {
        string root = Path.GetFullPath(seed.IncludeRoot);
        string mirror = Mirrors.GetOrAdd(root, r =>
        {
            string target = Path.Combine(TempWorkspace.Folder("mirror"), Mirrors.Count.ToString("D2") + "-" + Path.GetFileName(r));
            CopyTree(r, target);
            return target;
        });
        string file = Path.GetFullPath(seed.File);
        string relativeFile = file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, file)
            : Path.GetFileName(file);
        string workingDirectory = Path.GetFullPath(seed.WorkingDirectory);
        string relativeWork = workingDirectory.StartsWith(root, StringComparison.Ordinal) ? Path.GetRelativePath(root, workingDirectory) : ".";
        var zone = seed with
        {
            File = Path.Combine(mirror, relativeFile),
            WorkingDirectory = Path.GetFullPath(Path.Combine(mirror, relativeWork)),
            IncludeRoot = mirror,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(zone.File)!);
        return (zone.File, zone);
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(source)) CopyTree(dir, Path.Combine(target, Path.GetFileName(dir)));
    }

    private static double Ratio(IReadOnlyCollection<DifferentialRow> rows) =>
        rows.Count == 0 ? 1 : rows.Count(r => r.Agrees) / (double)rows.Count;

    private static double StrictRatio(IReadOnlyCollection<DifferentialRow> rows) =>
        rows.Count == 0 ? 1 : rows.Count(r => r.Bind.Accepted == r.ZoneLintAcceptsStrict) / (double)rows.Count;

    private static string Report(IReadOnlyList<DifferentialRow> files, IReadOnlyList<DifferentialRow> mutations, int seeds)
    {
        var all = files.Concat(mutations).ToList();
        var sb = new StringBuilder();
        sb.AppendLine($"# ZoneLint vs named-checkzone ({NamedCheckzone.Version}), `-i local <origin> <file>`");
        sb.AppendLine();
        sb.AppendLine("| set | files | agree | agreement | agreement with lint-only rules as errors |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        sb.AppendLine($"| files (BIND test zones + real-world zones) | {files.Count} | {files.Count(r => r.Agrees)} | {Ratio(files):P2} | {StrictRatio(files):P2} |");
        sb.AppendLine($"| mutations ({MutationsPerSeed} per zone both tools accept; {seeds} seeds) | {mutations.Count} | {mutations.Count(r => r.Agrees)} | {Ratio(mutations):P2} | {StrictRatio(mutations):P2} |");
        sb.AppendLine($"| overall | {all.Count} | {all.Count(r => r.Agrees)} | {Ratio(all):P2} | {StrictRatio(all):P2} |");
        sb.AppendLine();
        sb.AppendLine($"Lint-only rules (reported as warnings for the comparison): {string.Join(", ", ZoneLintRunner.LintOnlyRules.OrderBy(x => x))} and the SPF rules (ZL3xxx).");
        var notSeeds = files.Where(r => r.Bind.Accepted && !r.ZoneLintAccepts).Select(r => r.Zone.Name).ToList();
        if (notSeeds.Count > 0)
            sb.AppendLine($"Not mutated (BIND accepts, ZoneLint rejects, so every mutation would inherit the disagreement): {string.Join(", ", notSeeds)}.");
        sb.AppendLine();

        sb.AppendLine("## Mutation operators");
        sb.AppendLine();
        sb.AppendLine("| operator | mutations | BIND rejects | ZoneLint rejects | agree |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var group in mutations.GroupBy(r => r.Mutation!.Operator).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"| {group.Key} | {group.Count()} | {group.Count(r => !r.Bind.Accepted)} | {group.Count(r => !r.ZoneLintAccepts)} | {group.Count(r => r.Agrees)} |");
        }
        sb.AppendLine();

        var disagreements = all.Where(r => !r.Agrees).ToList();
        sb.AppendLine($"## Disagreements ({disagreements.Count})");
        sb.AppendLine();
        sb.AppendLine("| file | change | class | BIND | BIND's first error | ZoneLint | ZoneLint's first error |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in disagreements)
        {
            var (kind, _) = DisagreementClassifier.Classify(r);
            sb.AppendLine($"| {Cell(r.Label)} | {Cell(r.Mutation?.Description ?? "")} | {kind} | {(r.Bind.Accepted ? "accept" : "reject")} | {Cell(r.Bind.FirstError)} | {(r.ZoneLintAccepts ? "accept" : "reject")} | {Cell(r.ZoneLintFirstError)} |");
        }
        sb.AppendLine();
        sb.AppendLine("## Classes");
        sb.AppendLine();
        foreach (var group in disagreements.GroupBy(r => DisagreementClassifier.Classify(r)).OrderByDescending(g => g.Count()))
        {
            sb.AppendLine($"- {group.Count()} x {group.Key.Class}: {group.Key.Reason}");
        }
        return sb.ToString();
    }

    private static string Cell(string text)
    {
        string oneLine = text.Replace("\r", "").Replace("\n", " ").Replace("|", "\\|")
            .Replace(TempWorkspace.Directory + Path.DirectorySeparatorChar, "")
            .Replace(ConformanceData.Directory + Path.DirectorySeparatorChar, "");
        return oneLine.Length > 220 ? oneLine.Substring(0, 217) + "..." : oneLine;
    }

    private static void WriteReport(string report, IReadOnlyList<DifferentialRow> rows)
    {
        string? path = Environment.GetEnvironmentVariable(ReportVariable);
        if (!string.IsNullOrEmpty(path)) File.WriteAllText(path, report);
        string? keep = Environment.GetEnvironmentVariable(KeepVariable);
        if (string.IsNullOrEmpty(keep)) return;
        Directory.CreateDirectory(keep);
        foreach (var row in rows.Where(r => !r.Agrees && r.Mutation != null))
        {
            string name = row.Label.Replace('/', '_').Replace(' ', '_').Replace('#', 'n');
            File.Copy(row.File, Path.Combine(keep, name + ".zone"), overwrite: true);
        }
    }
}
