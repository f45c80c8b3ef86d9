using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Configuration;

/// <summary>The settings of one zonelint.json (docs/configuration.md), or the defaults. Immutable.</summary>
public sealed class ZoneLintConfiguration
{
    public const uint DefaultMinimumTtl = 60;

    private static readonly bool IsWindows = Path.DirectorySeparatorChar == '\\';

    public static ZoneLintConfiguration Default { get; } = new(
        null, null, new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase), DefaultMinimumTtl, Array.Empty<OriginMapping>(), null, SpfSettings.Default);

    internal ZoneLintConfiguration(
        string? filePath, string? directory, IReadOnlyDictionary<string, DiagnosticSeverity> ruleSeverities,
        uint minimumTtl, IReadOnlyList<OriginMapping> origins, string? includeRoot, SpfSettings spf, LimitSettings? limits = null)
    {
        FilePath = filePath;
        Directory = directory;
        RuleSeverities = ruleSeverities;
        MinimumTtl = minimumTtl;
        Origins = origins;
        IncludeRoot = includeRoot;
        Spf = spf;
        Limits = limits ?? LimitSettings.Default;
    }

    /// <summary>The file the settings came from, as given; null for <see cref="Default"/>.</summary>
    public string? FilePath { get; }

    /// <summary>The full path of the folder that holds the file; relative paths and patterns start there.</summary>
    public string? Directory { get; }

    /// <summary>The severities set in "rules", by rule ID as the catalogue spells it (lookup ignores case).</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> RuleSeverities { get; }

    /// <summary>The lowest TTL that rule ZL2003 lets pass, in seconds.</summary>
    public uint MinimumTtl { get; }

    /// <summary>The "origins" entries in file order; the first match wins.</summary>
    public IReadOnlyList<OriginMapping> Origins { get; }

    /// <summary>The full path of the folder that $INCLUDE may not leave; null: the default (the zone file's folder).</summary>
    public string? IncludeRoot { get; }

    /// <summary>The "spf" object: lookup warning threshold, declared senders, lock file.</summary>
    public SpfSettings Spf { get; }

    /// <summary>The "limits" object: bounds on size and time set in the file; the rest keep their defaults.</summary>
    public LimitSettings Limits { get; }

    /// <summary>The configured severity of a rule, else its default. <see cref="DiagnosticSeverity.None"/> means off.</summary>
    public DiagnosticSeverity EffectiveSeverity(RuleDescriptor rule) =>
        RuleSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;

    /// <summary>
    /// The origin that "origins" gives a zone file: the first pattern, in file order, that matches the file's path
    /// relative to <see cref="Directory"/>, or (for a pattern without '/') its bare file name. Null when none does.
    /// </summary>
    public DomainName? OriginFor(string zoneFilePath)
    {
        if (Origins.Count == 0) return null;
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(zoneFilePath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            fullPath = zoneFilePath;
        }
        string? relative = Directory == null ? null : RelativePath(Directory, fullPath);
        string fileName = Path.GetFileName(fullPath);
        foreach (var mapping in Origins)
        {
            if (relative != null && mapping.IsMatch(relative)) return mapping.Origin;
            if (!mapping.Glob.HasSlash && mapping.IsMatch(fileName)) return mapping.Origin;
        }
        return null;
    }

    /// <summary>The `/`-separated path of <paramref name="fullPath"/> from <paramref name="folder"/> (with `..` when outside); null across drives.</summary>
    internal static string? RelativePath(string folder, string fullPath)
    {
        var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        string[] from = folder.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        string[] to = fullPath.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        var comparison = IsWindows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int common = 0;
        while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], comparison)) common++;
        if (common == 0 && IsWindows) return null;
        return string.Join("/", Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }
}

/// <summary>One entry of "origins": zone files whose path matches <see cref="Pattern"/> have <see cref="Origin"/>.</summary>
public sealed class OriginMapping
{
    internal OriginMapping(GlobPattern glob, DomainName origin)
    {
        Glob = glob;
        Origin = origin;
    }

    /// <summary>The glob, relative to the configuration's folder (`*`, `**`, `?`; case-sensitive).</summary>
    public string Pattern => Glob.Pattern;

    public DomainName Origin { get; }

    internal GlobPattern Glob { get; }

    /// <summary>Matches a `/`-separated path relative to the configuration's folder.</summary>
    public bool IsMatch(string relativePath) => Glob.IsMatch(relativePath);

    public override string ToString() => $"{Pattern} -> {Origin}";
}

/// <summary>What loading a configuration gave: the settings, and every mistake found in the file (ZL9001).</summary>
public sealed class ConfigurationResult
{
    public ConfigurationResult(ZoneLintConfiguration configuration, IReadOnlyList<ZoneDiagnostic> diagnostics)
    {
        Configuration = configuration;
        Diagnostics = diagnostics;
    }

    /// <summary>The defaults, overridden by every setting that was valid.</summary>
    public ZoneLintConfiguration Configuration { get; }

    public IReadOnlyList<ZoneDiagnostic> Diagnostics { get; }

    /// <summary>False when the file has any mistake; the tool then stops with exit code 2.</summary>
    public bool IsValid => Diagnostics.Count == 0;
}
