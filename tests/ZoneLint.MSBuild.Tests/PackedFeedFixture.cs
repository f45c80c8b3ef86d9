using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ZoneLint.Tests.Shared;

namespace ZoneLint.MSBuild.Tests;

/// <summary>
/// Runs `dotnet pack` at the repository root once (as CONTRACT.md and the README do), which gives both packages,
/// ZoneLint.MSBuild and the dotnet tool ZoneLint.Cli, in a temporary folder feed with a NuGet package folder of its
/// own, so the integration tests restore and install exactly this build and never a stale one.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    public PackedFeedFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "zonelint-msbuild-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // With the machine's package folder: the repository's own restore stays a no-op.
        var pack = Run("dotnet", RepositoryRoot, null, "pack", "-c", "Release", "-o", Feed, "-nodeReuse:false");
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);

        string package = Directory.GetFiles(Feed, "ZoneLint.MSBuild.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package).Substring("ZoneLint.MSBuild.".Length);
        using var zip = ZipFile.OpenRead(package);
        HasAnalyzer = zip.Entries.Any(e => e.FullName == "analyzers/dotnet/cs/ZoneLint.Analyzers.dll");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public bool HasAnalyzer { get; }

    /// <summary>The dotnet tool package the same pack gave.</summary>
    public string ToolPackage => Directory.GetFiles(Feed, "ZoneLint.Cli.*.nupkg").Single();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A new folder with a nuget.config that adds the feed to the machine's own package sources (for NoTargets).</summary>
    public string NewProjectFolder(string name)
    {
        string folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="zonelint-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stops the search for Directory.Build.props, zonelint.json and the like above the test folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        return folder;
    }

    /// <summary>Runs dotnet with the fixture's own NuGet package folder, so a restore takes the package just packed.</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) => Run("dotnet", workingDirectory, Packages, arguments);

    /// <summary>Runs a command in a clean environment; with a package folder, NuGet uses that one.</summary>
    public static ProcessResult Run(string fileName, string workingDirectory, string? packages, params string[] arguments)
    {
        var environment = new Dictionary<string, string?>();
        if (packages != null)
        {
            environment["NUGET_PACKAGES"] = packages;
            environment["RESTORE_PACKAGES_PATH"] = packages;
            // The dotnet CLI caches where each local tool's command is (toolResolverCache under its home); an entry
            // left by an earlier run points into a package folder since deleted. A home of its own beside the packages.
            environment["DOTNET_CLI_HOME"] = Path.Combine(Path.GetDirectoryName(packages)!, "cli-home");
        }
        var result = CleanProcess.Run(fileName, arguments, workingDirectory, environment);
        return new ProcessResult(result.ExitCode, result.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneLint.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("ZoneLint.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record ProcessResult(int ExitCode, string Output)
{
    /// <summary>The build log before the console logger's summary, which repeats every error and warning.</summary>
    public string Log
    {
        get
        {
            var lines = Output.Replace("\r\n", "\n").Split('\n');
            int summary = Array.FindLastIndex(lines, line => line is "Build FAILED." or "Build succeeded.");
            return string.Join("\n", summary < 0 ? lines : lines.Take(summary));
        }
    }

    public IReadOnlyList<string> LinesOf(string prefix) =>
        Log.Split('\n').Select(line => line.TrimStart()).Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}

[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeedFixture>
{
    public const string Name = "packed ZoneLint.MSBuild feed";
}

/// <summary>A fact that needs the Roslyn analyzer (src/ZoneLint.Analyzers), skipped with a reason while it does not exist.</summary>
public sealed class AnalyzerFactAttribute : FactAttribute
{
    public AnalyzerFactAttribute()
    {
        string project = Path.Combine(PackedFeedFixture.RepositoryRoot, "src", "ZoneLint.Analyzers", "ZoneLint.Analyzers.csproj");
        if (!File.Exists(project)) Skip = "src/ZoneLint.Analyzers does not exist yet, so the package has no analyzer to report findings with the task off";
    }
}
