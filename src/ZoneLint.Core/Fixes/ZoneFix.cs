using System.Collections.Generic;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// What a fix may look at besides its finding: the text of the file it is in, the options of the run, and the parsed
/// zone that reads the file (for a fix that must see other records than the one it was reported on).
/// </summary>
public sealed class FixContext
{
    public FixContext(SourceText source, CheckOptions options, ZoneParseResult zone)
    {
        Source = source;
        Options = options;
        Zone = zone;
    }

    public SourceText Source { get; }

    public CheckOptions Options { get; }

    public ZoneParseResult Zone { get; }

    /// <summary>The text the finding covers.</summary>
    public string TextOf(ZoneDiagnostic diagnostic) =>
        Source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.End - diagnostic.Span.Start);
}

/// <summary>
/// The fix for one rule: the edits that make a finding go away, or none when the fix is not certain (the finding is
/// then left for a person). A fix never guesses: what it writes is what the finding's message says to write.
/// </summary>
public abstract class ZoneFix
{
    public abstract string RuleId { get; }

    /// <summary>The edits, or an empty list when this finding cannot be fixed for certain.</summary>
    public abstract IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context);

    protected static IReadOnlyList<TextEdit> None { get; } = System.Array.Empty<TextEdit>();

    protected static IReadOnlyList<TextEdit> One(ZoneDiagnostic diagnostic, string replacement) =>
        new[] { new TextEdit(diagnostic.Span.File, diagnostic.Span.Start, diagnostic.Span.End, replacement) };

    /// <summary>Nothing but blanks and a comment follow <paramref name="end"/> on its line.</summary>
    protected static bool AtEndOfLine(string text, int end)
    {
        int i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
        return i == text.Length || text[i] == '\n' || text[i] == '\r' || text[i] == ';';
    }

    /// <summary>
    /// An edit that makes its text longer takes the extra characters from the run of spaces after it, when one more
    /// space is left, so that the columns of the lines stay aligned (`0     IN` becomes `60    IN`).
    /// </summary>
    protected static IReadOnlyList<TextEdit> KeepingColumns(TextEdit edit, string text)
    {
        int growth = edit.Replacement.Length - (edit.End - edit.Start);
        if (growth <= 0) return new[] { edit };
        int spaces = 0;
        while (edit.End + spaces < text.Length && text[edit.End + spaces] == ' ') spaces++;
        bool beforeText = edit.End + spaces < text.Length && text[edit.End + spaces] != '\n' && text[edit.End + spaces] != '\r';
        return new[] { spaces > growth && beforeText ? edit with { End = edit.End + growth, Replacement = edit.Replacement } : edit };
    }
}
