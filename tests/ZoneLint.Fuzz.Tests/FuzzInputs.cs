using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ZoneLint.Fuzz.Tests;

/// <summary>The committed fuzz inputs, copied beside the tests: fuzz/seeds/** and fuzz/regressions/TARGET/**.</summary>
internal static class FuzzInputs
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fuzz");

    /// <summary>Every committed input, by its path under fuzz/ with forward slashes.</summary>
    public static IReadOnlyList<string> All(string folder)
    {
        string path = Path.Combine(Root, folder);
        if (!Directory.Exists(path)) return Array.Empty<string>();
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(file => !file.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
    }

    public static byte[] Read(string relativePath) =>
        File.ReadAllBytes(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
}
