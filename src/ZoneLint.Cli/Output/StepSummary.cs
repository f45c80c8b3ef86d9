using System;
using System.IO;
using System.Security;
using System.Text;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>
/// The Markdown job summary of `--format github`, appended to the file GITHUB_STEP_SUMMARY names. Zone text and
/// file names are escaped so that they read as text: no HTML, no links or emphasis, no way out of a table cell.
/// </summary>
internal static class StepSummary
{
    /// <summary>The table stops here; the log and the annotations have every finding.</summary>
    public const int MaxRows = 100;

    /// <summary>Appends the summary; a file that cannot be written costs one line on stderr, never the run.</summary>
    public static void Append(string path, CheckReport report, TextWriter stderr)
    {
        try
        {
            File.AppendAllText(path, Render(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(TextReporter.Sanitize($"zonelint: cannot write the step summary to '{path}': {e.Message}"));
        }
    }

    public static string Render(CheckReport report)
    {
        var diagnostics = report.Diagnostics;
        var md = new StringBuilder();
        // A blank line first: whatever an earlier step wrote must not run into the heading.
        md.Append("\n### zonelint\n\n");
        md.Append(FindingCounts.Of(diagnostics, report.Files.Count).Sentence).Append("\n\n");
        if (diagnostics.Count == 0) return md.ToString();

        md.Append("| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n");
        for (int i = 0; i < diagnostics.Count && i < MaxRows; i++)
        {
            var d = diagnostics[i];
            md.Append("| ").Append(Escape($"{DisplayPath.Of(d.Span.File)}:{d.Span.StartLine}"))
                .Append(" | ").Append(d.Severity.ToName())
                .Append(" | [").Append(d.Id).Append("](").Append(d.Descriptor.HelpUri).Append(')')
                .Append(" | ").Append(Escape(d.Message)).Append(" |\n");
        }
        if (diagnostics.Count > MaxRows)
            md.Append('\n').Append(FindingCounts.Plural(diagnostics.Count - MaxRows, "more finding")).Append(" not shown; the step's log has them all.\n");
        return md.ToString();
    }

    /// <summary>Text that Markdown shows as it is, on one table row: inline syntax escaped, HTML as entities, LF as &lt;br&gt;.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in TextReporter.Sanitize(text, keepLineFeeds: true))
        {
            switch (c)
            {
                case '\n': escaped.Append("<br>"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '!' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }
}
