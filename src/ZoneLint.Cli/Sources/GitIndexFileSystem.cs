using System;
using System.IO;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Sources;

/// <summary>
/// The parser's view of the git index: zone files and their $INCLUDEs read as staged. Paths are normalised by text
/// alone, so include-root confinement holds; a symbolic link in the index (mode 120000) is refused, never followed.
/// </summary>
internal sealed class GitIndexFileSystem(GitIndex index) : IZoneFileSystem
{
    /// <summary>What a path that cannot be a path resolves to: inside no folder, so never inside the include root.</summary>
    private const string Nowhere = "\0not-a-path";

    public string? TryReadText(string path, out string text)
    {
        text = string.Empty;
        string? indexPath = TryIndexPath(path);
        if (indexPath == null) return "it is outside the git repository";
        if (!index.TryGetEntry(indexPath, out var entry))
            return index.IsFolder(indexPath) ? "it is a folder, not a file" : "not in the git index";
        if (Refusal(entry) is { } reason) return reason;
        return index.TryReadText(entry, out text);
    }

    public string GetFullPath(string path)
    {
        try
        {
            return index.FullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Nowhere;
        }
    }

    /// <summary>Why an entry of the index is not read as a file; null when it is.</summary>
    public static string? Refusal(IndexEntry entry) =>
        entry.Conflicted ? "it has unresolved merge conflicts in the git index"
        : entry.IsSymbolicLink ? "it is a symbolic link in the git index, which zonelint does not follow"
        : entry.IsSubmodule ? "it is a git submodule, not a file"
        : null;

    private string? TryIndexPath(string path)
    {
        try
        {
            return index.ToIndexPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
