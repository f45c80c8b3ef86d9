using System;
using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL3002: SPF text written without double quotes, on one line after TXT or SPF, becomes one quoted string with a
/// single space between the words (several strings split at term boundaries when it is over 255 octets). Text that is
/// only partly unquoted, spans lines or parentheses, or holds a quote is left for a person.
/// </summary>
public sealed class QuoteSpfTextFix : ZoneFix
{
    public override string RuleId => RuleIds.SpfNotQuoted;

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        string text = context.Source.Text;
        string written = context.TextOf(diagnostic);
        if (written.IndexOfAny(NotInUnquotedWords) >= 0) return None;
        if (!AfterTypeKeyword(text, diagnostic.Span.Start) || !AtEndOfLine(text, diagnostic.Span.End)) return None;
        var words = written.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var pieces = CharacterStrings.SplitAtSpaces(string.Join(" ", words));
        return pieces == null ? None : One(diagnostic, CharacterStrings.Quoted(pieces));
    }

    private static readonly char[] NotInUnquotedWords = { '"', '(', ')', ';', '\r', '\n' };

    /// <summary>The word before the span, on the same line, is the type TXT or SPF: the whole RDATA is unquoted.</summary>
    private static bool AfterTypeKeyword(string text, int start)
    {
        int end = start;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
        if (end == start) return false;
        int begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1])) begin--;
        if (begin == 0 || (text[begin - 1] != ' ' && text[begin - 1] != '\t')) return false;
        string type = text.Substring(begin, end - begin);
        return type.Equals("TXT", StringComparison.OrdinalIgnoreCase) || type.Equals("SPF", StringComparison.OrdinalIgnoreCase);
    }
}
