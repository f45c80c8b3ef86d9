using System.Collections.Generic;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Fixes;

/// <summary>What a fix may look at besides its finding: the text of the file it is in and the options of the run.</summary>
public sealed class FixContext
{
    public FixContext(SourceText source, CheckOptions options)
    {
        Source = source;
        Options = options;
    }

    public SourceText Source { get; }

    public CheckOptions Options { get; }

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
