using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Tests.Shared;

namespace ZoneLint.Repository.Tests;

/// <summary>The repository checkout the tests run in, and a way to run its scripts in a clean environment.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>The &lt;Version&gt; of Directory.Build.props, which every package of the repository is built as.</summary>
    public static string Version { get; } = System.Xml.Linq.XDocument.Load(PathOf("Directory.Build.props"))
        .Descendants("Version").Single().Value;

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var result = CleanProcess.Run(fileName, arguments, workingDirectory, environment, timeout);
        return new ProcessResult(result.ExitCode, result.Stdout, result.Stderr);
    }

    public static bool IsOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, command)));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneLint.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("ZoneLint.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}

/// <summary>A folder under the temporary folder, deleted at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "zonelint-repo-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a script that the scripts under test run as a command.</summary>
    public string WriteExecutable(string relativePath, string text)
    {
        string path = Write(relativePath, text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
