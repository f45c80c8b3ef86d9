using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using DiagnosticSeverity = ZoneLint.Core.Diagnostics.DiagnosticSeverity;

namespace ZoneLint.MSBuild;

/// <summary>
/// Lints the project's <c>ZoneFile</c> items with ZoneLint.Core and logs each finding as a canonical MSBuild
/// diagnostic (<c>zones/example.com.zone(11,1,11,62): error ZL3002: …</c>). All zones of one call are one view of DNS
/// for the SPF rules, followed by the lock file when it exists; a build never queries DNS.
/// </summary>
public sealed class ZoneLintTask : Task
{
    /// <summary>The zone files to lint (the <c>ZoneFile</c> items).</summary>
    [Required]
    public ITaskItem[] ZoneFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>A zonelint.json for every zone file; empty: the nearest one above each file (as the CLI finds it).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The folder that printed paths are relative to (the project folder); empty: the current folder.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Print full paths (MSBuild's <c>GenerateFullPaths</c>).</summary>
    public bool GenerateFullPaths { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>IDs whose warnings are errors (<c>WarningsAsErrors</c>, separated by ';' or ',').</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>IDs kept as warnings under <c>TreatWarningsAsErrors</c> (<c>WarningsNotAsErrors</c>).</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>IDs whose warnings and notes are not reported (<c>NoWarn</c>). Errors are still reported.</summary>
    public string? NoWarn { get; set; }

    /// <summary>Every file the lint read (zone files, $INCLUDEd files, configurations, lock files), for incrementality.</summary>
    [Output]
    public ITaskItem[] ReadFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var policy = new SeverityPolicy(TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn);
        string baseDirectory = string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : Path.GetFullPath(ProjectDirectory);
        var read = new SortedSet<string>(StringComparer.Ordinal);

        var files = ZoneFiles
            .Select(item => Path.GetFullPath(Path.Combine(baseDirectory, item.ItemSpec)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Configurations: one per zonelint.json, read once.
        var configurations = new Dictionary<string, ConfigurationResult>(StringComparer.Ordinal);
        ConfigurationResult? explicitConfiguration = null;
        if (!string.IsNullOrEmpty(ConfigFile))
        {
            string path = Path.GetFullPath(Path.Combine(baseDirectory, ConfigFile!));
            explicitConfiguration = ConfigurationLoader.LoadFile(path);
            read.Add(path);
        }
        ZoneLintConfiguration ConfigurationFor(string zoneFile)
        {
            if (explicitConfiguration != null) return explicitConfiguration.Configuration;
            string? path = ConfigurationLoader.FindFor(zoneFile);
            if (path == null) return ZoneLintConfiguration.Default;
            if (!configurations.TryGetValue(path, out var result))
            {
                configurations[path] = result = ConfigurationLoader.LoadFile(path);
                read.Add(path);
            }
            return result.Configuration;
        }

        var options = files.Select(file => ZoneRun.OptionsFor(file, ConfigurationFor(file))).ToArray();
        var configurationResults = explicitConfiguration != null ? new[] { explicitConfiguration } : configurations.Values.ToArray();
        var diagnostics = new List<ZoneDiagnostic>();
        foreach (var result in configurationResults) diagnostics.AddRange(result.Diagnostics);

        // Every zone is parsed first: together they are one view of DNS for the SPF rules.
        var zones = ZoneRun.Parse(files, options, parallel: false);
        foreach (var zone in zones)
        {
            foreach (var source in zone.Files) read.Add(Path.GetFullPath(source.Path));
        }

        var locks = new List<ISpfResolver>();
        foreach (string lockPath in LockFiles(configurationResults, baseDirectory))
        {
            read.Add(lockPath);
            var lockFile = ReadLock(lockPath, diagnostics);
            if (lockFile != null) locks.Add(new LockFileResolver(lockFile));
        }
        diagnostics.AddRange(ZoneRun.Check(zones, options, locks, parallel: false)); // never DNS: a build must not depend on the network

        foreach (var diagnostic in diagnostics) Report(diagnostic, policy.Apply(diagnostic.Id, diagnostic.Severity), baseDirectory);
        ReadFiles = read.Select(path => (ITaskItem)new TaskItem(path)).ToArray();
        return !Log.HasLoggedErrors;
    }

    /// <summary>The lock files the configurations name that exist, or zonelint.lock.json in the project folder without one.</summary>
    private static IEnumerable<string> LockFiles(IEnumerable<ConfigurationResult> configurations, string baseDirectory)
    {
        var paths = configurations.Select(r => r.Configuration.Spf.LockFilePath).OfType<string>().ToList();
        if (paths.Count == 0) paths.Add(Path.Combine(baseDirectory, SpfSettings.DefaultLockFile));
        return paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(File.Exists);
    }

    /// <summary>Reads a lock file; what is wrong with it is a ZL9001 error at its position.</summary>
    private static LockFile? ReadLock(string path, List<ZoneDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var span = new Core.Text.SourceText(path, string.Empty).Span(0, 0);
            diagnostics.Add(new ZoneDiagnostic(RuleCatalog.InvalidConfiguration, DiagnosticSeverity.Error, span, $"cannot read the lock file: {e.Message}"));
            return null;
        }
        var result = LockFileReader.Read(path, text);
        foreach (var error in result.Errors)
        {
            diagnostics.Add(new ZoneDiagnostic(RuleCatalog.InvalidConfiguration, DiagnosticSeverity.Error, error.Span,
                $"invalid lock file: {error.Message}; write it again with `zonelint spf lock`"));
        }
        return result.IsValid ? result.LockFile : null;
    }

    private void Report(ZoneDiagnostic diagnostic, DiagnosticSeverity severity, string baseDirectory)
    {
        var span = diagnostic.Span;
        string file = GenerateFullPaths ? Path.GetFullPath(span.File) : RelativePath(baseDirectory, span.File);
        string helpLink = diagnostic.Descriptor.HelpUri;
        switch (severity)
        {
            case DiagnosticSeverity.Error:
                Log.LogError(null, diagnostic.Id, diagnostic.Id, helpLink, file, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                Log.LogWarning(null, diagnostic.Id, diagnostic.Id, helpLink, file, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.Message);
                break;
            case DiagnosticSeverity.Info:
                Log.LogMessage(null, diagnostic.Id, diagnostic.Id, file, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, MessageImportance.Low, diagnostic.Message);
                break;
        }
    }

    /// <summary>The path relative to the folder when it is inside it; otherwise the full path.</summary>
    internal static string RelativePath(string folder, string path)
    {
        string full = Path.GetFullPath(path);
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.StartsWith(prefix, comparison) ? full.Substring(prefix.Length) : full;
    }
}
