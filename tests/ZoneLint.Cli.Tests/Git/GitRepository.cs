using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace ZoneLint.Cli.Tests.Git;

/// <summary>
/// A real git repository in a temporary folder, with zonelint run in process inside it (<see cref="Cli"/>). git runs
/// with no system or global configuration, so a developer's settings cannot change what a test sees.
/// </summary>
internal sealed class GitRepository : IDisposable
{
    private readonly string _emptyConfig;

    private GitRepository()
    {
        Cli = new CliRunner();
        _emptyConfig = Path.Combine(Path.GetTempPath(), $"zonelint-git-config-{Guid.NewGuid():N}");
        File.WriteAllText(_emptyConfig, "");
    }

    public CliRunner Cli { get; }

    public string Folder => Cli.Folder;

    public static GitRepository Init()
    {
        var repository = new GitRepository();
        repository.Run("-c", "init.defaultBranch=main", "init", "-q");
        repository.Run("config", "user.name", "ZoneLint Tests");
        repository.Run("config", "user.email", "tests@zonelint.invalid");
        repository.Run("config", "commit.gpgsign", "false");
        repository.Run("config", "core.autocrlf", "false");
        return repository;
    }

    public string Write(string relativePath, string text) => Cli.Write(relativePath, text);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Folder, relativePath));

    public void Stage(params string[] paths) => Run(["add", "--", .. paths]);

    public void Commit(string message) => Run("commit", "-q", "-m", message);

    /// <summary>Runs git in the repository; a failure fails the test with git's own words.</summary>
    public string Run(params string[] args)
    {
        var result = TryRun(null, args);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}{result.Stdout}");
        return result.Stdout;
    }

    /// <summary>Runs git and returns what happened, with <paramref name="environment"/> added to git's environment.</summary>
    public (int ExitCode, string Stdout, string Stderr) TryRun(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = _emptyConfig;
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {string.Join(' ', args)} took over two minutes");
        }
        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        // git writes its objects read-only; Windows will not delete such a file until that is cleared.
        if (OperatingSystem.IsWindows())
            foreach (string file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
                File.SetAttributes(file, FileAttributes.Normal);
        Cli.Dispose();
        File.Delete(_emptyConfig);
    }
}

/// <summary>A fact about sh scripts, file modes or links as Unix has them: skipped, with the reason, on Windows.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) Skip = "needs Unix file modes, symbolic links and sh";
    }
}
