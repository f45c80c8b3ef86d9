using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit.Sdk;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Tests.Harness;

/// <summary>A diagnostic as some surface reported it; <see cref="Message"/> is null for surfaces that do not give one.</summary>
public sealed record ReportedDiagnostic(string Id, int Start, int End, string? Message = null)
{
    public MarkedSpan Span => new(Id, Start, End);
}

/// <summary>
/// Checks that a surface (Core, and later the MSBuild task or the Roslyn analyzer) reports exactly the diagnostics
/// a markup snippet states (see <see cref="ZoneMarkup"/>): the same IDs at the same spans, no more, no fewer.
/// A surface is a function from zone text to the diagnostics it reports in that text.
/// </summary>
public sealed class RuleVerifier
{
    public const string TestPath = "test.zone";

    private readonly Func<string, IReadOnlyList<ReportedDiagnostic>> _run;
    private readonly HashSet<string>? _only;

    /// <summary>Wraps any surface that reports IDs and offsets (an MSBuild task, a Roslyn analyzer).</summary>
    public RuleVerifier(string surface, Func<string, IReadOnlyList<(string Id, int Start, int End)>> run)
        : this(surface, text => run(text).Select(d => new ReportedDiagnostic(d.Id, d.Start, d.End)).ToList(), null)
    {
    }

    /// <summary>Wraps a surface that also reports messages, so <see cref="VerifyMessage"/> can be used with it.</summary>
    public RuleVerifier(string surface, Func<string, IReadOnlyList<ReportedDiagnostic>> run)
        : this(surface, run, null)
    {
    }

    private RuleVerifier(string surface, Func<string, IReadOnlyList<ReportedDiagnostic>> run, HashSet<string>? only)
    {
        Surface = surface;
        _run = run;
        _only = only;
    }

    /// <summary>
    /// Wraps a surface that reports 1-based lines and columns with an exclusive end column, as MSBuild's canonical
    /// `file(line,col,endLine,endCol)` form and SARIF do.
    /// </summary>
    public static RuleVerifier FromLineColumns(
        string surface, Func<string, IReadOnlyList<(string Id, int StartLine, int StartColumn, int EndLine, int EndColumn)>> run) =>
        new(surface, text => run(text)
            .Select(d => new ReportedDiagnostic(d.Id, ZoneMarkup.OffsetOf(text, d.StartLine, d.StartColumn), ZoneMarkup.OffsetOf(text, d.EndLine, d.EndColumn)))
            .ToList());

    /// <summary>The name failures print, e.g. "Core" or "MSBuild task".</summary>
    public string Surface { get; }

    /// <summary>
    /// The Core surface: <see cref="ZoneChecker.CheckText"/> on "test.zone" with origin example.com. and the default
    /// rule settings; <paramref name="configure"/> may change any option (origin, minimum TTL, severities, file system).
    /// </summary>
    public static RuleVerifier Core(Action<CheckOptions>? configure = null) =>
        new("Core", text => CheckCore(text, configure));

    /// <summary>Diagnostics of Core for <paramref name="text"/>, with messages, for tests that need more than spans.</summary>
    public static IReadOnlyList<ReportedDiagnostic> CheckCore(string text, Action<CheckOptions>? configure = null)
    {
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        configure?.Invoke(options);
        var result = ZoneChecker.CheckText(TestPath, text, options);
        var foreign = result.Diagnostics.FirstOrDefault(d => d.Span.File != TestPath);
        if (foreign != null)
            throw new XunitException($"Core reported a diagnostic in another file, which markup cannot show: {foreign}");
        return result.Diagnostics.Select(d => new ReportedDiagnostic(d.Id, d.Span.Start, d.Span.End, d.Message)).ToList();
    }

    /// <summary>
    /// A verifier that compares only diagnostics with these IDs and ignores the rest, for snippets that are not whole
    /// zones. Prefer whole zones: an exact comparison also catches false alarms of other rules.
    /// </summary>
    /// <summary>
    /// Compares every rule but the SPF and the other mail-authentication ones: for zone-rule snippets whose MX names have
    /// no SPF record (ZL3019) and no DMARC record (ZL4005).
    /// </summary>
    public RuleVerifier WithoutSpf() => Without(ZoneLint.Core.Diagnostics.RuleCategory.Spf, ZoneLint.Core.Diagnostics.RuleCategory.MailAuthentication);

    /// <summary>Compares every rule but the ZL4xxx ones: for snippets about other rules whose mail names publish no DMARC record (ZL4005).</summary>
    public RuleVerifier WithoutMailAuthentication() => Without(ZoneLint.Core.Diagnostics.RuleCategory.MailAuthentication);

    private RuleVerifier Without(params ZoneLint.Core.Diagnostics.RuleCategory[] categories) =>
        Only(ZoneLint.Core.Diagnostics.RuleCatalog.All.Where(r => !categories.Contains(r.Category)).Select(r => r.Id).ToArray());

    public RuleVerifier Only(params string[] ids) => new(Surface, _run, new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase));

    /// <summary>Asserts that the surface reports exactly the marked spans; returns what it reported, for further checks.</summary>
    public IReadOnlyList<ReportedDiagnostic> Verify(string markup)
    {
        var parsed = ZoneMarkup.Parse(markup);
        var actual = _run(parsed.Text).Where(Compared).ToList();
        var expected = parsed.Spans.Where(s => Compared(s.Id)).ToList();
        var missing = Subtract(expected, actual.Select(a => a.Span));
        var unexpected = Subtract(actual.Select(a => a.Span), expected);
        if (missing.Count > 0 || unexpected.Count > 0) throw new XunitException(Describe(parsed, actual, missing, unexpected));
        return actual;
    }

    /// <summary>
    /// <see cref="Verify"/>, then asserts that every diagnostic with <paramref name="id"/> (there must be one) has a
    /// message containing each of <paramref name="fragments"/> (ordinal, case-sensitive).
    /// </summary>
    public IReadOnlyList<ReportedDiagnostic> VerifyMessage(string markup, string id, params string[] fragments)
    {
        var actual = Verify(markup);
        var withId = actual.Where(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (withId.Count == 0) throw new XunitException($"{Surface}: the markup marks no {id} diagnostic whose message could be checked");
        foreach (var diagnostic in withId)
        {
            if (diagnostic.Message == null) throw new XunitException($"{Surface} does not report messages; use a surface with messages");
            var absent = fragments.Where(f => !diagnostic.Message.Contains(f, StringComparison.Ordinal)).ToList();
            if (absent.Count > 0)
                throw new XunitException($"{Surface}: the message of {diagnostic.Span} lacks {string.Join(", ", absent.Select(f => $"'{f}'"))}.{Environment.NewLine}Message: {diagnostic.Message}");
        }
        return actual;
    }

    private bool Compared(ReportedDiagnostic diagnostic) => Compared(diagnostic.Id);

    private bool Compared(MarkedSpan span) => Compared(span.Id);

    private bool Compared(string id) => _only == null || _only.Contains(id);

    /// <summary>A multiset difference: the same diagnostic reported twice must be marked twice.</summary>
    private static List<MarkedSpan> Subtract(IEnumerable<MarkedSpan> from, IEnumerable<MarkedSpan> remove)
    {
        var left = from.ToList();
        foreach (var span in remove)
        {
            int index = left.FindIndex(s => string.Equals(s.Id, span.Id, StringComparison.OrdinalIgnoreCase) && s.Start == span.Start && s.End == span.End);
            if (index >= 0) left.RemoveAt(index);
        }
        return left;
    }

    private string Describe(ZoneMarkup parsed, List<ReportedDiagnostic> actual, List<MarkedSpan> missing, List<MarkedSpan> unexpected)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{Surface} did not report the diagnostics the markup states{(_only == null ? "" : $" (comparing only {string.Join(", ", _only)})")}.");
        sb.AppendLine();
        sb.AppendLine("Expected:");
        sb.AppendLine(Indent(ZoneMarkup.Render(parsed.Text, parsed.Spans.Where(Compared))));
        sb.AppendLine("Actual:");
        sb.AppendLine(Indent(ZoneMarkup.Render(parsed.Text, actual.Select(a => a.Span))));
        foreach (var span in missing) sb.AppendLine($"  missing:    {Where(parsed.Text, span)}");
        foreach (var span in unexpected)
        {
            var message = actual.First(a => a.Span == span).Message;
            sb.AppendLine($"  unexpected: {Where(parsed.Text, span)}{(message == null ? "" : ": " + message)}");
        }
        return sb.ToString();
    }

    private static string Where(string text, MarkedSpan span)
    {
        var (startLine, startColumn) = Position(text, span.Start);
        var (endLine, endColumn) = Position(text, span.End);
        string covered = span.Start >= 0 && span.End <= text.Length && span.End >= span.Start
            ? text.Substring(span.Start, span.End - span.Start).Replace("\r", "\\r").Replace("\n", "\\n")
            : "?";
        return $"{span.Id} ({startLine},{startColumn})-({endLine},{endColumn}) '{covered}'";
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < Math.Min(offset, text.Length); i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    private static string Indent(string text) => "    " + text.Replace("\n", "\n    ");
}
