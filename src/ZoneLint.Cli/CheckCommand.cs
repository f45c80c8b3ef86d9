using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Output;
using ZoneLint.Cli.Sources;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli;

/// <summary>`zonelint check`: lint zone files and folders.</summary>
internal static class CheckCommand
{
    public static readonly string[] Options =
    {
        "--origin=", "--format=", "--config=", "--online", "--warnings-as-errors", "--staged", "--base=", "--baseline=", "--write-baseline=", "--limit=",
    };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        string format = line.Value("--format") ?? "text";
        if (!Reporters.Formats.Contains(format))
            throw new UsageException($"unknown format '{format}'; check writes {string.Join(", ", Reporters.Formats)}");

        var origin = ParseOrigin(line);

        // --limit NAME=VALUE, over zonelint.json's "limits": CI can hold a pull request's configuration to its own bounds.
        var limits = LimitSettings.TryParse(line.All("--limit"), out string? limitError) ?? throw new UsageException(limitError!);

        // Read before the run, so that a wrong path fails at once.
        var baseline = line.Value("--baseline") is { } baselinePath ? Baseline.Read(baselinePath) : null;

        IZoneSource source = line.Has("--staged") ? StagedSource.Open(line.Arguments) : new WorkingTreeSource(line.Arguments);
        using var _ = source as IDisposable; // the index keeps one git process open for the run
        var files = source.Files;
        var configurations = new ConfigurationCache(source, line.Value("--config"));
        var options = files.Select(file => ZoneRun.OptionsFor(file, configurations.For(file), origin, source.FileSystem, limits)).ToArray();
        var zones = ZoneRun.Parse(files, options, parallel: true);
        var more = SpfResolvers.After(ReadLock(source, configurations, line.Arguments), line.Has("--online")).ToArray();
        if (line.Value("--base") is { } revision) BaseRevision.Attach(revision, files, options, more);
        var diagnostics = configurations.Diagnostics.Concat(ZoneRun.Check(zones, options, more, parallel: true)).ToList();
        if (configurations.HasInvalid && line.Value("--write-baseline") != null)
            throw new UsageException("the configuration is invalid (zonelint check shows where); no baseline written");

        var texts = zones.SelectMany(z => z.Files).GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        string Fingerprint(ZoneDiagnostic d) => DiagnosticFingerprint.Of(d, texts.TryGetValue(d.Span.File, out var text) ? text : null);
        if (line.Value("--write-baseline") is { } writePath)
        {
            Baseline.Write(writePath, diagnostics, Fingerprint);
            stderr.WriteLine($"zonelint: recorded {FindingCounts.Plural(diagnostics.Count, "finding")} in {writePath}; `zonelint check --baseline {writePath}` reports only new ones");
            return ExitCodes.Success;
        }
        int found = diagnostics.Count;
        if (baseline != null) diagnostics = baseline.Filter(diagnostics, Fingerprint);

        Reporters.Report(format, new CheckReport(diagnostics, files, Fingerprint, Completed: !configurations.HasInvalid), stdout, stderr);

        if (baseline != null && format == "text")
        {
            int gone = baseline.Unmatched;
            string fixedNote = gone == 0 ? "" : $"; {gone} of its entries no longer {(gone == 1 ? "occurs" : "occur")} (write it again to drop them)";
            stderr.WriteLine($"zonelint: {FindingCounts.Plural(found - diagnostics.Count, "known finding")} not shown (baseline {baseline.Path}){fixedNote}");
        }

        if (files.Count == 0 && format == "text")
            stderr.WriteLine($"zonelint: no zone files (*.zone, db.*, *.db) {(line.Has("--staged") ? "staged" : "found")} in {string.Join(", ", line.Arguments.DefaultIfEmpty("."))}");
        if (configurations.HasInvalid) return ExitCodes.ToolFailure;
        bool failing = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && line.Has("--warnings-as-errors")));
        return failing ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The name --origin gives, made absolute; null without the option.</summary>
    public static DomainName? ParseOrigin(CommandLine line)
    {
        if (line.Value("--origin") is not { } originText) return null;
        string absolute = originText.EndsWith(".", StringComparison.Ordinal) ? originText : originText + ".";
        string? error = DomainName.TryParse(absolute, DomainName.Root, out var origin);
        if (error != null) throw new UsageException($"invalid --origin '{originText}': {error}");
        return origin;
    }

    /// <summary>The lock file the run reads, if there is one: the one --config names, else the default place.</summary>
    private static LockFile? ReadLock(IZoneSource source, ConfigurationCache configurations, IReadOnlyList<string> paths)
    {
        string path = configurations.ExplicitLockFile ?? SpfLockCommand.DefaultLockPath(paths, configurations.For);
        if (!source.Exists(path)) return null;
        string? reason = source.TryReadText(path, out string text);
        if (reason != null) throw new UsageException($"cannot read lock file '{path}': {reason}");
        return SpfLockCommand.ParseLock(path, text);
    }

    /// <summary>One configuration per zonelint.json, read once however many zone files share it.</summary>
    internal sealed class ConfigurationCache
    {
        private readonly IZoneSource _source;
        private readonly ConcurrentDictionary<string, ConfigurationResult> _byPath = new(StringComparer.Ordinal);
        private readonly ConfigurationResult? _explicit;

        public ConfigurationCache(IZoneSource source, string? explicitPath)
        {
            _source = source;
            if (explicitPath == null) return;
            // --config names a file on disk, whatever the source of the zones.
            if (!File.Exists(explicitPath)) throw new UsageException($"cannot read configuration '{explicitPath}': no such file");
            _explicit = ConfigurationLoader.LoadFile(explicitPath);
        }

        public ZoneLintConfiguration For(string zoneFile)
        {
            if (_explicit != null) return _explicit.Configuration;
            string? path = _source.FindConfiguration(zoneFile);
            return path == null ? ZoneLintConfiguration.Default : _byPath.GetOrAdd(path, Load).Configuration;
        }

        public IEnumerable<ZoneDiagnostic> Diagnostics =>
            (_explicit == null ? _byPath.Values : new[] { _explicit }).SelectMany(r => r.Diagnostics);

        public bool HasInvalid => _explicit is { IsValid: false } || _byPath.Values.Any(r => !r.IsValid);

        /// <summary>The lock file named by the configuration given with --config, if any.</summary>
        public string? ExplicitLockFile => _explicit?.Configuration.Spf.LockFilePath;

        private ConfigurationResult Load(string path)
        {
            string? reason = _source.TryReadText(path, out string text);
            return reason == null ? ConfigurationLoader.Load(path, text) : ConfigurationLoader.Unreadable(path, reason);
        }
    }
}
