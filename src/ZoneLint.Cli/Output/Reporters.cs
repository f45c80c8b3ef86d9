using System;
using System.Collections.Generic;
using System.IO;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>What one `check` run found, handed to the reporter of the chosen format.</summary>
internal sealed record CheckReport(IReadOnlyList<ZoneDiagnostic> Diagnostics, IReadOnlyList<string> Files);

/// <summary>The `--format` values of `check` and the reporter behind each.</summary>
internal static class Reporters
{
    public static IReadOnlyList<string> Formats { get; } = new[] { "text", "json" };

    public static void Report(string format, CheckReport report, TextWriter stdout)
    {
        switch (format)
        {
            case "json":
                JsonReporter.Report(report.Diagnostics, stdout);
                break;
            case "text":
                TextReporter.Report(report.Diagnostics, report.Files.Count, stdout);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a format of check");
        }
    }
}
