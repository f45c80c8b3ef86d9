using System;
using System.IO;
using System.Linq;

namespace ZoneLint.Cli;

public static partial class Program
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
                "spf" => RunSpf(rest, stdout, stderr),
                "hook" => HookCommand.Run(rest, stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'; the commands are check, spf, rules and hook (zonelint --help)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("zonelint: " + e.Message);
            return ExitCodes.ToolFailure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ZONELINT_DEBUG") != "1")
        {
            // A bug of ours, not the user's: one line and exit 2, never a stack trace (ZONELINT_DEBUG=1 shows it).
            var inner = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            stderr.WriteLine($"zonelint: internal error ({inner.GetType().Name}: {inner.Message}); please report it");
            return ExitCodes.ToolFailure;
        }
    }
}

public static partial class Program
{
    private static int RunSpf(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var rest = args.Skip(1).ToArray();
        return args.FirstOrDefault() switch
        {
            "eval" => SpfEvalCommand.Run(CommandLine.Parse(rest, SpfEvalCommand.Options), stdout, stderr),
            "explain" => SpfExplainCommand.Run(CommandLine.Parse(rest, SpfExplainCommand.Options), stdout, stderr),
            "lock" => SpfLockCommand.Run(CommandLine.Parse(rest, SpfLockCommand.Options), stdout, stderr),
            "flatten" => SpfFlattenCommand.Run(CommandLine.Parse(rest, SpfFlattenCommand.Options), stdout, stderr),
            null => throw new UsageException("spf needs a subcommand: eval, explain, lock or flatten (zonelint --help)"),
            var other => throw new UsageException($"unknown spf subcommand '{other}'; it is eval, explain, lock or flatten (zonelint --help)"),
        };
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
          zonelint check [PATH...] [--origin NAME] [--format text|json|sarif|github] [--config FILE] [--staged]
                         [--base REV] [--online] [--warnings-as-errors] [--baseline FILE] [--write-baseline FILE]
          zonelint spf eval --ip IP [--sender ADDR] [--helo NAME] [--domain NAME] --zone FILE [--zone FILE...]
                            [--offline] [--format text|json]
          zonelint spf explain DOMAIN [--zone FILE...] [--online] [--lock FILE] [--server IP[:PORT]] [--format text|json]
          zonelint spf lock [PATH...] [--lock FILE] [--check] [--server IP[:PORT]]
          zonelint spf flatten DOMAIN [--zone FILE...] [--online] [--lock FILE] [--server IP[:PORT]] [--max N]
          zonelint rules [--format text|json]
          zonelint hook install [--force]

        PATH is a zone file or a folder (searched for *.zone, db.* and *.db); none: the current folder.
        The origin of a file without $ORIGIN: --origin, else zonelint.json, else the file name
        (example.com.zone, db.example.com, example.com.db).

        --staged lints the zone files as they stand in the git index (what is about to be committed).
        --base REV also reviews the change since git revision REV: a zone changed without a higher SOA serial,
        names removed that records still point to, SPF lookups grown past the warning threshold.
        --format github writes GitHub Actions annotations (and a summary to $GITHUB_STEP_SUMMARY when set);
        --format sarif writes SARIF 2.1.0 for code scanning.
        --write-baseline records today's findings; --baseline then reports only findings not in it.
        hook install writes a git pre-commit hook that runs `zonelint check --staged`; --force replaces another hook.

        spf eval runs RFC 7208 check_host(): would mail from this IP pass SPF for this domain?
        spf explain shows a domain's SPF record, what each include costs and the lookup total.
        spf lock records the SPF data of the providers your records include (zonelint.lock.json);
        --check fails when it has drifted.
        spf flatten proposes a record under the lookup limit, the costliest includes replaced by their networks.

        Exit codes: 0 no errors, 1 findings at error severity, 2 the tool could not do its job.

        """;
}
