using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>
/// `--format github`: one workflow command per finding, which GitHub Actions turns into an annotation on the
/// pull request, then one plain summary line. The summary is not a command (it starts with "zonelint:"), so the
/// log still says what the run found when the annotations are cut (GitHub shows at most 10 of each kind per step).
/// </summary>
internal static class GitHubReporter
{
    public static void Report(CheckReport report, TextWriter stdout)
    {
        foreach (var d in report.Diagnostics) stdout.WriteLine(Annotation(d));
        stdout.WriteLine("zonelint: " + FindingCounts.Of(report.Diagnostics, report.Files.Count).Sentence);
    }

    public static string Annotation(ZoneDiagnostic d)
    {
        var s = d.Span;
        bool oneLine = s.StartLine == s.EndLine;
        var properties = new List<KeyValuePair<string, string>> { new("file", DisplayPath.Of(s.File)), new("line", Number(s.StartLine)) };
        // GitHub takes columns only when the annotation starts and ends on one line.
        if (oneLine) properties.Add(new("col", Number(s.StartColumn)));
        properties.Add(new("endLine", Number(s.EndLine)));
        if (oneLine) properties.Add(new("endColumn", Number(s.EndColumn)));
        properties.Add(new("title", d.Id));
        return WorkflowCommand.Format(CommandFor(d.Severity), properties, Message(d));
    }

    /// <summary>The message with every control character but LF made visible, and the rule's page on a line of its own.</summary>
    public static string Message(ZoneDiagnostic d) => TextReporter.Sanitize(d.Message, keepLineFeeds: true) + "\n" + d.Descriptor.HelpUri;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string CommandFor(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };
}
