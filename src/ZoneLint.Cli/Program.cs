using System;
using System.IO;

namespace ZoneLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole command, with its output streams given, so tests run it in process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.Write(Usage.Text);
                return args.Length == 0 ? ExitCodes.ToolFailure : ExitCodes.Success;
            }
            if (args[0] is "--version" or "-V")
            {
                stdout.WriteLine(ToolInfo.Version);
                return ExitCodes.Success;
            }
            var rest = args.AsSpan(1).ToArray();
            return args[0] switch
            {
                "check" => CheckCommand.Run(CommandLine.Parse(rest, CheckCommand.Options), stdout, stderr),
                "rules" => RulesCommand.Run(CommandLine.Parse(rest, RulesCommand.Options), stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'; the commands are check and rules (zonelint --help)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("zonelint: " + e.Message);
            return ExitCodes.ToolFailure;
        }
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int ToolFailure = 2;
}

/// <summary>A mistake in how the tool was called or what it was pointed at: one line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}

internal static class Usage
{
    public const string Text = """
        zonelint: lint BIND zone files and their SPF records before they are published.

        Usage:
          zonelint check [PATH...] [--origin NAME] [--format text|json] [--config FILE] [--warnings-as-errors]
          zonelint rules [--format text|json]

        PATH is a zone file or a folder (searched for *.zone, db.* and *.db); none: the current folder.
        The origin of a file without $ORIGIN: --origin, else zonelint.json, else the file name
        (example.com.zone, db.example.com, example.com.db).

        Exit codes: 0 no errors, 1 findings at error severity, 2 the tool could not do its job.

        """;
}
