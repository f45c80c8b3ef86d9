using System;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Sources;

namespace ZoneLint.Cli;

/// <summary>`zonelint hook install [--force]`: a plain git pre-commit hook that runs `zonelint check --staged`.</summary>
internal static class HookCommand
{
    public static readonly string[] Options = { "--force" };

    /// <summary>The line that marks a hook as ours: one that has it may be replaced without --force.</summary>
    public const string Marker = MarkerStart + ": written by `zonelint hook install`";

    private const string MarkerStart = "# zonelint-hook";

    /// <summary>
    /// POSIX sh, as git runs it on every system (Git for Windows brings sh). zonelint on PATH first, then a local
    /// dotnet tool manifest that lists it; otherwise say how to install it and refuse the commit.
    /// </summary>
    public const string Script = "#!/bin/sh\n"
        + Marker + "\n"
        + "# Lints the zone files as they stand in the git index, which is what this commit records.\n"
        + "# `zonelint hook install` may replace this file; skip it once with `git commit --no-verify`.\n"
        + "if command -v zonelint >/dev/null 2>&1; then\n"
        + "    exec zonelint check --staged\n"
        + "fi\n"
        + "if command -v dotnet >/dev/null 2>&1 && dotnet tool list --local 2>/dev/null | grep -qi '^zonelint\\.cli[[:space:]]'; then\n"
        + "    exec dotnet tool run zonelint check --staged\n"
        + "fi\n"
        + "echo 'zonelint pre-commit hook: zonelint is not installed, so the zone files were not checked.' >&2\n"
        + "echo '  Install it: dotnet tool install --global ZoneLint.Cli (with ~/.dotnet/tools on PATH),' >&2\n"
        + "echo '  or for this repository: dotnet new tool-manifest && dotnet tool install ZoneLint.Cli' >&2\n"
        + "echo '  Commit without the check this once: git commit --no-verify' >&2\n"
        + "exit 1\n";

    public static int Run(string[] args, TextWriter stdout)
    {
        return args.FirstOrDefault() switch
        {
            "install" => Install(CommandLine.Parse(args.Skip(1).ToArray(), Options), stdout),
            null => throw new UsageException("hook needs a subcommand: install (zonelint --help)"),
            var other => throw new UsageException($"unknown hook subcommand '{other}'; it is install (zonelint --help)"),
        };
    }

    private static int Install(CommandLine line, TextWriter stdout)
    {
        if (line.Arguments.Count > 0) throw new UsageException($"hook install takes no paths (got '{line.Arguments[0]}'); it lints every staged zone file");
        string hook = Path.Combine(HooksFolder(), "pre-commit");
        string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), hook);

        bool replacing = File.Exists(hook);
        if (replacing && !line.Has("--force") && !IsOurs(hook))
            throw new UsageException($"'{shown}' already exists and is not zonelint's; left as it is. Add `zonelint check --staged` to it, or replace it with `zonelint hook install --force`");
        if (Directory.Exists(hook)) throw new UsageException($"'{shown}' is a folder; cannot write the hook there");

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
            File.WriteAllText(hook, Script); // LF endings and no BOM, as sh needs
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{shown}': {e.Message}");
        }
        stdout.WriteLine($"{(replacing ? "Replaced" : "Installed")} the pre-commit hook {shown}: `git commit` now runs `zonelint check --staged`.");
        return ExitCodes.Success;
    }

    /// <summary>Where git looks for hooks in the repository of the current folder: core.hooksPath and worktrees included.</summary>
    private static string HooksFolder()
    {
        string folder = Directory.GetCurrentDirectory();
        var result = Git.Run(folder, "rev-parse", "--git-path", "hooks");
        if (!result.Succeeded) throw new UsageException($"hook install needs a git repository: {result.Problem}");
        return Path.GetFullPath(result.Text, folder); // git prints it relative to the current folder
    }

    private static bool IsOurs(string hook)
    {
        try
        {
            return File.ReadLines(hook).Take(5).Any(l => l.StartsWith(MarkerStart, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
