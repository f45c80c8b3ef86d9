using System;
using System.IO;
using System.Linq;

namespace ZoneLint.Cli.Output;

/// <summary>
/// Where a SARIF result's file is: a relative URI against %SRCROOT% (the current folder) when the file is inside it,
/// else an absolute file URI. Each path segment is escaped on its own (RFC 3986), so spaces, '%', '#', ':' and
/// non-ASCII names stay one segment and never read as a query, fragment or scheme.
/// </summary>
internal readonly record struct ArtifactUri(string Uri, string? UriBaseId)
{
    public const string SourceRoot = "%SRCROOT%";

    public static ArtifactUri For(string path, string currentFolder)
    {
        string full = Path.GetFullPath(path, currentFolder);
        string relative = Path.GetRelativePath(currentFolder, full);
        bool outside = Path.IsPathRooted(relative) || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith(".." + Path.AltDirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? new ArtifactUri(FileUri(full), null) : new ArtifactUri(EscapeSegments(relative), SourceRoot);
    }

    /// <summary>The absolute file URI of a folder, ending in '/' as SARIF requires of a base URI.</summary>
    public static string FolderUri(string folder)
    {
        string uri = FileUri(Path.GetFullPath(folder));
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string FileUri(string fullPath)
    {
        string path = fullPath.Replace(Path.DirectorySeparatorChar, '/');
        if (!path.StartsWith('/')) path = "/" + path; // a Windows drive: file:///C:/...
        return "file://" + EscapeSegments(path);
    }

    private static string EscapeSegments(string path) => string.Join('/',
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Select((segment, i) => i == 1 && IsDriveLetter(segment) ? segment : System.Uri.EscapeDataString(segment)));

    private static bool IsDriveLetter(string segment) =>
        OperatingSystem.IsWindows() && segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]);
}
