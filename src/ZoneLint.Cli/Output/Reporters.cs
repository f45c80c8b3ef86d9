using System;
using System.Collections.Generic;
using System.IO;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>
/// What one `check` run found, handed to the reporter of the chosen format. <paramref name="Fingerprint"/> gives a
/// finding's <see cref="DiagnosticFingerprint"/> (from the text the run read), where the format carries one.
/// <paramref name="Completed"/> is false when the run could not do its job (exit code 2: an invalid configuration).
/// </summary>
internal sealed record CheckReport(
    IReadOnlyList<ZoneDiagnostic> Diagnostics, IReadOnlyList<string> Files, Func<ZoneDiagnostic, string>? Fingerprint = null, bool Completed = true);

/// <summary>The `--format` values of `check` and the reporter behind each.</summary>
internal static class Reporters
{
    /// <summary>The file a GitHub Actions step appends its Markdown job summary to.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    public static IReadOnlyList<string> Formats { get; } = new[] { "text", "json", "sarif", "github" };

    public static void Report(string format, CheckReport report, TextWriter stdout, TextWriter stderr) =>
        Report(format, report, stdout, stderr, Environment.GetEnvironmentVariable(StepSummaryVariable));

    /// <summary>The environment is read in the overload above only, so tests can name a summary file without setting it.</summary>
    internal static void Report(string format, CheckReport report, TextWriter stdout, TextWriter stderr, string? stepSummaryPath)
    {
        switch (format)
        {
            case "json":
                JsonReporter.Report(report.Diagnostics, stdout);
                break;
            case "text":
                TextReporter.Report(report.Diagnostics, report.Files.Count, stdout);
                break;
            case "sarif":
                SarifReporter.Report(report.Diagnostics, stdout, report.Fingerprint, report.Completed);
                break;
            case "github":
                GitHubReporter.Report(report, stdout);
                if (!string.IsNullOrEmpty(stepSummaryPath)) StepSummary.Append(stepSummaryPath, report, stderr);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a format of check");
        }
    }
}
