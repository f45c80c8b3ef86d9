using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Analyzers;

/// <summary>
/// The project's AdditionalFiles as the parser's file system: $INCLUDE reads only files the build passed to the
/// compiler, never the disk (an analyzer must not do I/O, and the IDE must see its unsaved buffers).
/// </summary>
internal sealed class AdditionalFileSystem : IZoneFileSystem
{
    private readonly Dictionary<string, AdditionalText> _files;
    private readonly CancellationToken _cancellation;

    public AdditionalFileSystem(IEnumerable<AdditionalText> files, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        _files = new Dictionary<string, AdditionalText>(PathComparer);
        foreach (var file in files) _files[Normalize(file.Path)] = file; // the last of two items for one file wins, as in MSBuild
    }

    /// <summary>Windows paths ignore case; elsewhere they do not.</summary>
    public static StringComparer PathComparer { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public string? TryReadText(string path, out string text)
    {
        text = string.Empty;
        if (!_files.TryGetValue(Normalize(path), out var file)) return "it is not in the project's AdditionalFiles";
        var source = file.GetText(_cancellation);
        if (source == null) return "the compiler could not read it";
        text = source.ToString();
        return null;
    }

    /// <summary>No symbolic links can be resolved without I/O: the lexical normal form is the full path here.</summary>
    public string GetFullPath(string path) => Normalize(path);

    /// <summary>Collapses `.`, `..` and repeated separators, and uses the platform's separator, without touching the disk.</summary>
    public static string Normalize(string path)
    {
        if (string.IsNullOrEmpty(path)) return path;
        string root = RootOf(path);
        var parts = new List<string>();
        foreach (var part in path.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part == ".." && root.Length > 0) continue; // above the root is the root
            else parts.Add(part);
        }
        return root + string.Join(Path.DirectorySeparatorChar.ToString(), parts);
    }

    private static string RootOf(string path)
    {
        char sep = Path.DirectorySeparatorChar;
        if (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':')
            return path.Length >= 3 && IsSeparator(path[2]) ? path.Substring(0, 2) + sep : path.Substring(0, 2);
        if (path.Length >= 2 && IsSeparator(path[0]) && IsSeparator(path[1]) && sep == '\\') return @"\\";
        return IsSeparator(path[0]) ? sep.ToString() : string.Empty;
    }

    private static bool IsSeparator(char c) => c == '/' || (c == '\\' && Path.DirectorySeparatorChar == '\\');
}
