using System;
using System.IO;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// Where the third-party conformance data is: <c>$ZONELINT_CONFORMANCE_DIR</c>, else <c>../shared/conformance</c>
/// relative to the repository root (the folder holding ZoneLint.sln, found by walking up from the test binaries).
/// The data is not part of the repository (each folder carries its own licence and PROVENANCE.md).
/// </summary>
public static class ConformanceData
{
    public const string EnvironmentVariable = "ZONELINT_CONFORMANCE_DIR";

    private static readonly Lazy<string?> Root = new(FindRepositoryRoot);
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The repository root (holding ZoneLint.sln), or null when the tests run from elsewhere.</summary>
    public static string? RepositoryRoot => Root.Value;

    /// <summary>The conformance folder, absolute; it may not exist (see <see cref="Exists"/>).</summary>
    public static string Directory => Folder.Value;

    public static bool Exists => System.IO.Directory.Exists(Directory);

    /// <summary>The skip reason used by <see cref="ConformanceFactAttribute"/> when the folder is missing.</summary>
    public static string MissingReason =>
        $"conformance data not found at {Directory}; set {EnvironmentVariable}";

    /// <summary>A path inside the conformance folder.</summary>
    public static string PathOf(params string[] parts)
    {
        var all = new string[parts.Length + 1];
        all[0] = Directory;
        Array.Copy(parts, 0, all, 1, parts.Length);
        return Path.Combine(all);
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZoneLint.sln"))) return dir.FullName;
        }
        return null;
    }

    private static string FindFolder()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        string root = RepositoryRoot ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance"));
    }
}

/// <summary>A [Fact] that is skipped, with the reason, when the conformance data folder is missing.</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (!ConformanceData.Exists) Skip = ConformanceData.MissingReason;
    }
}

/// <summary>A [Theory] that is skipped, with the reason, when the conformance data folder is missing.</summary>
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    public ConformanceTheoryAttribute()
    {
        if (!ConformanceData.Exists) Skip = ConformanceData.MissingReason;
    }
}
