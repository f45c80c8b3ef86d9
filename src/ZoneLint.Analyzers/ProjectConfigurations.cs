using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ZoneLint.Core.Configuration;

namespace ZoneLint.Analyzers;

/// <summary>
/// The zonelint.json files among the AdditionalFiles, each read once. A zone file takes the one nearest to it by folder
/// (as the CLI's search upwards would find), or the only one when none is above it; an explicit
/// `ZoneLintConfigFile` build property picks one for every zone.
/// </summary>
internal sealed class ProjectConfigurations
{
    private readonly List<(string Folder, AdditionalText File)> _candidates = new();
    private readonly AdditionalText? _explicit;
    private readonly Dictionary<AdditionalText, ConfigurationResult> _loaded = new();
    private readonly CancellationToken _cancellation;

    public ProjectConfigurations(IEnumerable<AdditionalText> files, string? explicitPath, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        string? wanted = string.IsNullOrWhiteSpace(explicitPath) ? null : AdditionalFileSystem.Normalize(explicitPath!.Trim());
        foreach (var file in files)
        {
            string path = AdditionalFileSystem.Normalize(file.Path);
            if (wanted != null && AdditionalFileSystem.PathComparer.Equals(path, wanted)) _explicit = file;
            if (string.Equals(Path.GetFileName(path), ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase))
                _candidates.Add((Path.GetDirectoryName(path) ?? string.Empty, file));
        }
    }

    /// <summary>Every configuration some zone used, with its ZL9001 findings.</summary>
    public IEnumerable<ConfigurationResult> Used => _loaded.Values;

    public ZoneLintConfiguration For(string zoneFilePath)
    {
        var file = _explicit ?? Nearest(AdditionalFileSystem.Normalize(zoneFilePath));
        if (file == null) return ZoneLintConfiguration.Default;
        if (!_loaded.TryGetValue(file, out var result))
        {
            string text = file.GetText(_cancellation)?.ToString() ?? string.Empty;
            _loaded[file] = result = ConfigurationLoader.Load(file.Path, text);
        }
        return result.Configuration;
    }

    private AdditionalText? Nearest(string zoneFilePath)
    {
        string folder = Path.GetDirectoryName(zoneFilePath) ?? string.Empty;
        var above = _candidates
            .Where(c => IsAtOrBelow(folder, c.Folder))
            .OrderByDescending(c => c.Folder.Length)
            .Select(c => c.File)
            .FirstOrDefault();
        return above ?? (_candidates.Count == 1 ? _candidates[0].File : null);
    }

    private static bool IsAtOrBelow(string folder, string ancestor)
    {
        if (ancestor.Length == 0) return true;
        if (AdditionalFileSystem.PathComparer.Equals(folder, ancestor)) return true;
        string prefix = ancestor.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? ancestor : ancestor + Path.DirectorySeparatorChar;
        return folder.StartsWith(prefix, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
