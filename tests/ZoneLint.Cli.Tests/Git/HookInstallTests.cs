using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Versioning;

namespace ZoneLint.Cli.Tests.Git;

/// <summary>`zonelint hook install`: a plain git pre-commit hook that runs `zonelint check --staged`.</summary>
public class HookInstallTests
{
    private const string BadZone = """
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        bad      IN A   192.0.2.999

        """;

    private static string HookPath(GitRepository repo, string hooksFolder = ".git/hooks") =>
        Path.Combine(repo.Folder, hooksFolder, "pre-commit");

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Install_writes_an_executable_hook_that_runs_check_staged()
    {
        using var repo = GitRepository.Init();

        var install = repo.Cli.Run("hook", "install");
        Assert.Equal(0, install.ExitCode);
        string hook = HookPath(repo);
        Assert.True(File.Exists(hook), install.Stdout + install.Stderr);
        string script = File.ReadAllText(hook);
        Assert.StartsWith("#!/bin/sh\n", script);
        Assert.Contains("zonelint check --staged", script);
        Assert.DoesNotContain("\r", script);
        Assert.True((File.GetUnixFileMode(hook) & UnixFileMode.UserExecute) != 0);
    }

    [Fact]
    public void Foreign_hook_is_not_overwritten_without_force()
    {
        using var repo = GitRepository.Init();
        const string foreign = "#!/bin/sh\necho mine\n";
        repo.Write(".git/hooks/pre-commit", foreign);

        var install = repo.Cli.Run("hook", "install");
        Assert.Equal(2, install.ExitCode);
        Assert.Single(install.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("already exists", install.Stderr);
        Assert.Contains("--force", install.Stderr);
        Assert.Equal(foreign, File.ReadAllText(HookPath(repo)));
    }

    [Fact]
    public void Force_overwrites_a_foreign_hook()
    {
        using var repo = GitRepository.Init();
        repo.Write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

        Assert.Equal(0, repo.Cli.Run("hook", "install", "--force").ExitCode);
        Assert.Contains("zonelint check --staged", File.ReadAllText(HookPath(repo)));
    }

    [Fact]
    public void Installing_again_over_our_own_hook_needs_no_force_and_changes_nothing()
    {
        using var repo = GitRepository.Init();
        Assert.Equal(0, repo.Cli.Run("hook", "install").ExitCode);
        string first = File.ReadAllText(HookPath(repo));

        var again = repo.Cli.Run("hook", "install");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Replaced", again.Stdout);
        Assert.Equal(first, File.ReadAllText(HookPath(repo)));
    }

    [Fact]
    public void Core_hooks_path_is_respected_from_a_subfolder()
    {
        using var repo = GitRepository.Init();
        repo.Run("config", "core.hooksPath", ".githooks");
        Directory.CreateDirectory(Path.Combine(repo.Folder, "zones"));

        Assert.Equal(0, repo.Cli.RunIn("zones", "hook", "install").ExitCode);
        Assert.True(File.Exists(HookPath(repo, ".githooks")));
        Assert.False(File.Exists(HookPath(repo)));
    }

    [Fact]
    public void Outside_a_git_repository_is_exit_2()
    {
        using var cli = new CliRunner();
        var install = cli.Run("hook", "install");
        Assert.Equal(2, install.ExitCode);
        Assert.Contains("git repository", install.Stderr);
    }

    [Fact]
    public void Unknown_hook_subcommand_is_exit_2()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("hook", "remove").ExitCode);
        Assert.Equal(2, cli.Run("hook").ExitCode);
    }

    /// <summary>
    /// The installed hook, run by a real `git commit` with a `zonelint` on PATH that runs the zonelint.dll built beside
    /// these tests: a bad staged zone stops the commit, a good one goes through.
    /// </summary>
    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void Commit_is_refused_for_a_bad_staged_zone_and_accepted_for_a_good_one()
    {
        using var repo = GitRepository.Init();
        Assert.Equal(0, repo.Cli.Run("hook", "install").ExitCode);
        var environment = new Dictionary<string, string> { ["PATH"] = ShimFolder(repo) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };

        repo.Write("example.com.zone", BadZone);
        repo.Stage(".");
        var refused = repo.TryRun(environment, "commit", "-m", "bad zone");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("example.com.zone(5,", refused.Stdout + refused.Stderr);
        Assert.Contains("ZL1001", refused.Stdout + refused.Stderr);
        Assert.NotEqual(0, repo.TryRun(null, "rev-parse", "--verify", "-q", "HEAD").ExitCode); // no commit was made

        // Fixed in the index only: the hook reads the index, so the still-bad working tree does not matter.
        repo.Write("example.com.zone", BadZone.Replace("192.0.2.999", "192.0.2.9"));
        repo.Stage(".");
        repo.Write("example.com.zone", BadZone);
        var accepted = repo.TryRun(environment, "commit", "-m", "good zone");
        Assert.True(accepted.ExitCode == 0, accepted.Stdout + accepted.Stderr);
        Assert.Equal(0, repo.TryRun(null, "rev-parse", "--verify", "-q", "HEAD").ExitCode);

        // `git commit -a` stages into an index of its own (GIT_INDEX_FILE) just for the hook: that one is read.
        var all = repo.TryRun(environment, "commit", "-a", "-m", "bad again");
        Assert.NotEqual(0, all.ExitCode);
        Assert.Contains("ZL1001", all.Stdout + all.Stderr);
    }

    /// <summary>A folder with a `zonelint` sh script that runs the built CLI with the dotnet host running these tests.</summary>
    [UnsupportedOSPlatform("windows")]
    private static string ShimFolder(GitRepository repo)
    {
        string folder = Path.Combine(repo.Folder, ".git", "shim");
        Directory.CreateDirectory(folder);
        string dll = typeof(Program).Assembly.Location;
        string shim = Path.Combine(folder, "zonelint");
        File.WriteAllText(shim, $"#!/bin/sh\nexec '{DotnetHost()}' '{dll}' \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host) return host;
        string? process = Environment.ProcessPath;
        return process != null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
