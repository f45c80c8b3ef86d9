using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli;

/// <summary>`zonelint check`: lint zone files and folders.</summary>
internal static class CheckCommand
{
    public static readonly string[] Options = { "--origin=", "--format=", "--config=", "--online", "--warnings-as-errors" };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        string format = line.Value("--format") ?? "text";
        if (format is not ("text" or "json"))
            throw new UsageException($"unknown format '{format}'; check writes text or json");

        DomainName? origin = null;
        if (line.Value("--origin") is { } originText)
        {
            string absolute = originText.EndsWith(".", StringComparison.Ordinal) ? originText : originText + ".";
            string? error = DomainName.TryParse(absolute, DomainName.Root, out origin);
            if (error != null) throw new UsageException($"invalid --origin '{originText}': {error}");
        }

        var files = ZoneFileFinder.Find(line.Arguments);
        var configurations = new ConfigurationCache(line.Value("--config"));
        var options = files.Select(file => ZoneRun.OptionsFor(file, configurations.For(file), origin)).ToArray();
        var zones = ZoneRun.Parse(files, options, parallel: true);
        string lockPath = configurations.ExplicitLockFile ?? SpfLockCommand.DefaultLockPath(line.Arguments);
        var more = SpfResolvers.After(File.Exists(lockPath) ? lockPath : null, line.Has("--online"));
        var diagnostics = configurations.Diagnostics.Concat(ZoneRun.Check(zones, options, more, parallel: true)).ToList();

        if (format == "json") JsonReporter.Report(diagnostics, stdout);
        else TextReporter.Report(diagnostics, files.Count, stdout);

        if (files.Count == 0 && format == "text")
            stderr.WriteLine($"zonelint: no zone files (*.zone, db.*, *.db) found in {string.Join(", ", line.Arguments.DefaultIfEmpty("."))}");
        if (configurations.HasInvalid) return ExitCodes.ToolFailure;
        bool failing = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && line.Has("--warnings-as-errors")));
        return failing ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>One configuration per zonelint.json, read once however many zone files share it.</summary>
    private sealed class ConfigurationCache(string? explicitPath)
    {
        private readonly ConcurrentDictionary<string, ConfigurationResult> _byPath = new(StringComparer.Ordinal);
        private readonly ConfigurationResult? _explicit = explicitPath == null ? null : Load(explicitPath);

        public ZoneLintConfiguration For(string zoneFile)
        {
            if (_explicit != null) return _explicit.Configuration;
            string? path = ConfigurationLoader.FindFor(zoneFile);
            return path == null ? ZoneLintConfiguration.Default : _byPath.GetOrAdd(path, Load).Configuration;
        }

        public IEnumerable<ZoneDiagnostic> Diagnostics =>
            (_explicit == null ? _byPath.Values : new[] { _explicit }).SelectMany(r => r.Diagnostics);

        public bool HasInvalid => _explicit is { IsValid: false } || _byPath.Values.Any(r => !r.IsValid);

        /// <summary>The lock file named by the configuration given with --config, if any.</summary>
        public string? ExplicitLockFile => _explicit?.Configuration.Spf.LockFilePath;

        private static ConfigurationResult Load(string path)
        {
            if (!File.Exists(path)) throw new UsageException($"cannot read configuration '{path}': no such file");
            return ConfigurationLoader.LoadFile(path);
        }
    }
}
