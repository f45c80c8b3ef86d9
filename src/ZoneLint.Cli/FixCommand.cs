using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ZoneLint.Cli.Output;
using ZoneLint.Cli.Sources;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Fixes;

namespace ZoneLint.Cli;

/// <summary>
/// `zonelint fix`: rewrite only what is certain (the fixes in ZoneLint.Core.Fixes), every other byte kept; each changed
/// file is written atomically, or with --dry-run shown as a unified diff.
/// </summary>
internal static class FixCommand
{
    public static readonly string[] Options = { "--origin=", "--config=", "--dry-run", "--rule=" };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var origin = CheckCommand.ParseOrigin(line);
        var rules = RuleFilter(line.All("--rule"));
        var source = new WorkingTreeSource(line.Arguments);
        var files = source.Files;
        var configurations = new CheckCommand.ConfigurationCache(source, line.Value("--config"));
        var options = files.Select(file => ZoneRun.OptionsFor(file, configurations.For(file), origin, source.FileSystem)).ToArray();
        if (configurations.HasInvalid)
        {
            foreach (var diagnostic in configurations.Diagnostics) stderr.WriteLine(diagnostic);
            throw new UsageException("the configuration is invalid; nothing fixed");
        }
        if (files.Count == 0)
        {
            stderr.WriteLine($"zonelint: no zone files (*.zone, db.*, *.db) found in {string.Join(", ", line.Arguments.DefaultIfEmpty("."))}");
            return ExitCodes.Success;
        }

        var outcome = ZoneFixer.Fix(files, options, rules == null ? null : rules.Contains);
        bool dryRun = line.Has("--dry-run");
        foreach (var file in outcome.Files)
        {
            if (dryRun) stdout.Write(UnifiedDiff.Of(file.Path, file.Original, file.Fixed));
            else WriteAtomically(file);
        }
        foreach (var left in outcome.Remaining) stderr.WriteLine(left);
        string verb = dryRun ? "would fix" : "fixed";
        stderr.WriteLine($"zonelint: {verb} {FindingCounts.Plural(outcome.FixedCount, "finding")} in {FindingCounts.Plural(outcome.Files.Count, "file")}; {outcome.Remaining.Count} left");
        return outcome.Remaining.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The rules --rule names (repeated or comma-separated), or null for every rule with a fix.</summary>
    private static HashSet<string>? RuleFilter(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string value in values.SelectMany(v => v.Split(',')).Select(v => v.Trim().ToUpperInvariant()))
        {
            if (!ZoneFixes.HasFix(value))
                throw new UsageException($"--rule {value}: no fix for that rule; fix knows {string.Join(", ", ZoneFixes.All.Select(f => f.RuleId))}");
            ids.Add(value);
        }
        return ids;
    }

    /// <summary>
    /// Writes a temporary file beside the zone, with the zone's permissions, then renames it over the zone: a reader sees
    /// the old file or the new one, never half of it. A file whose bytes the text does not give back exactly (it is
    /// not valid UTF-8) is never written, since writing it would change bytes no fix touched.
    /// </summary>
    private static void WriteAtomically(FixedFile file)
    {
        byte[] bytes = File.ReadAllBytes(file.Path);
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        byte[] preamble = bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();
        if (!preamble.Concat(utf8.GetBytes(file.Original)).SequenceEqual(bytes))
            throw new UsageException($"'{file.Path}' changed while it was being fixed, or is not valid UTF-8; it was left as it was");
        string folder = Path.GetDirectoryName(Path.GetFullPath(file.Path)) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(file.Path)}.{Guid.NewGuid():N}.zonelint-tmp");
        try
        {
            File.WriteAllBytes(temporary, preamble.Concat(utf8.GetBytes(file.Fixed)).ToArray());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(file.Path));
            File.Move(temporary, file.Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write '{file.Path}': {e.Message}");
        }
    }
}
