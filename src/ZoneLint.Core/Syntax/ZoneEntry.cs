using System.Collections.Generic;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Syntax;

/// <summary>
/// One logical line of a zone file: the tokens from the start of a line to the line break that ends it,
/// parentheses joining physical lines (RFC 1035 §5.1).
/// </summary>
public sealed class ZoneEntry
{
    public ZoneEntry(SourceText source, bool startsWithBlank, IReadOnlyList<Token> tokens, int start, int end, bool hasLexicalError = false)
    {
        Source = source;
        StartsWithBlank = startsWithBlank;
        Tokens = tokens;
        Start = start;
        End = end;
        HasLexicalError = hasLexicalError;
    }

    /// <summary>The lexer already reported a mistake in this entry (a quote or parenthesis); the parser skips it.</summary>
    public bool HasLexicalError { get; }

    public SourceText Source { get; }

    /// <summary>The line starts with white space: the owner is the previous record's (RFC 1035 §5.1).</summary>
    public bool StartsWithBlank { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The offset of the first token.</summary>
    public int Start { get; }

    /// <summary>The offset just after the last token.</summary>
    public int End { get; }

    /// <summary>From the first token to the last, across lines.</summary>
    public SourceSpan Span => Source.Span(Start, End);
}

/// <summary>A comment, kept for the suppression comments (`; zonelint-disable-next-line ZL2005`).</summary>
public sealed record Comment(string Text, SourceSpan Span);
