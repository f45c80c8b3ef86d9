using System;
using System.IO;
using System.Text;

namespace ZoneLint.Core.Parsing;

/// <summary>Where the parser reads zone files from. $INCLUDE goes through it too.</summary>
public interface IZoneFileSystem
{
    /// <summary>Reads a file as text, or returns the reason it cannot be read.</summary>
    string? TryReadText(string path, out string text);

    /// <summary>An absolute, normalised form of the path, used for include cycles and confinement.</summary>
    string GetFullPath(string path);
}

public sealed class PhysicalFileSystem : IZoneFileSystem
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

    public string GetFullPath(string path) => Path.GetFullPath(path);

    /// <summary>UTF-8 without a BOM; bytes that are not valid UTF-8 become U+FFFD (and ZL1006 reports them).</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes, start, bytes.Length - start);
    }
}
