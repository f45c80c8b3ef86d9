using System;
using System.IO;
using System.Text;

namespace ZoneLint.Core.Parsing;

/// <summary>Where the parser reads zone files from. $INCLUDE goes through it too.</summary>
public interface IZoneFileSystem
{
    /// <summary>Reads a file as text, or returns the reason it cannot be read.</summary>
    string? TryReadText(string path, out string text);

    /// <summary>
    /// An absolute, normalised form of the path with symbolic links resolved, used for include cycles and
    /// confinement (a link inside the root that points outside it must count as outside).
    /// </summary>
    string GetFullPath(string path);
}

/// <summary>
/// A file system that knows a file's size before reading it, so that the parser refuses an oversized file without
/// reading it (ParseOptions.MaxFileBytes) and tests whether an include exists without reading it.
/// </summary>
public interface IZoneFileSizes
{
    /// <summary>The length in octets of a file that can be read, or null when there is no such file.</summary>
    long? GetLength(string path);
}

public sealed class PhysicalFileSystem : IZoneFileSystem, IZoneFileSizes
{
    public static readonly PhysicalFileSystem Instance = new();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string? TryReadText(string path, out string text)
    {
        text = string.Empty;
        try
        {
            if (Directory.Exists(path)) return "it is a folder, not a file";
            if (!File.Exists(path)) return "no such file";
            text = Decode(File.ReadAllBytes(path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }

    public long? GetLength(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public string GetFullPath(string path)
    {
        try
        {
            return ResolveLinks(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // A path no file system can hold (a NUL, say) leads to no file: inside no root, never read.
            return UnresolvedLink;
        }
    }

    /// <summary>Resolves every symbolic link along an absolute path, component by component.</summary>
    private static string ResolveLinks(string fullPath)
    {
        string root = Path.GetPathRoot(fullPath) ?? string.Empty;
        string current = root;
        var parts = fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            for (int hops = 0; IsLink(current); hops++)
            {
                if (hops == 40) return UnresolvedLink;
                string? target = LinkTarget(current);
                if (target == null) return UnresolvedLink;
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? root, target));
            }
        }
        return current;
    }

    /// <summary>A path that is inside no folder: what a link that cannot be resolved resolves to.</summary>
    private const string UnresolvedLink = "\0unresolved-link";

    private static bool IsLink(string path)
    {
        try
        {
            return (File.Exists(path) || Directory.Exists(path)) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? LinkTarget(string path)
    {
#if NET
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
#else
        // netstandard2.0 cannot read a link's target: treat it as leading nowhere, so it is refused, never followed out.
        _ = path;
        return null;
#endif
    }

    /// <summary>UTF-8 without a BOM; bytes that are not valid UTF-8 become U+FFFD (and ZL1006 reports them).</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes, start, bytes.Length - start);
    }
}
