using System;
using System.Collections.Generic;
using System.IO;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Tests.Harness;

/// <summary>Zone text that tests build on.</summary>
public static class Zones
{
    /// <summary>
    /// A clean apex for example.com.: $TTL, SOA, NS and the name server's address. A snippet appended to it is a whole
    /// zone, so a verifier can compare every diagnostic and catch false alarms of other rules too.
    /// </summary>
    public const string Apex =
        "$TTL 3600\n" +
        "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n" +
        "@    IN NS  ns1\n" +
        "ns1  IN A   192.0.2.53\n";
}

/// <summary>Files held in memory, for $INCLUDE tests that need no disk. Paths are absolute, '/' separated.</summary>
public sealed class InMemoryFileSystem : IZoneFileSystem
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemoryFileSystem Add(string path, string text)
    {
        _files[GetFullPath(path)] = text;
        return this;
    }

    public string? TryReadText(string path, out string text) =>
        _files.TryGetValue(GetFullPath(path), out text!) ? null : "no such file";

    public string GetFullPath(string path) => Path.GetFullPath(path);
}

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zonelint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (folders created as needed) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a test over it is not.
        }
    }
}
