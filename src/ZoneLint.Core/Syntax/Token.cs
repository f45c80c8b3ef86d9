using ZoneLint.Core.Text;

namespace ZoneLint.Core.Syntax;

public enum TokenKind
{
    /// <summary>A run of characters up to white space, a parenthesis, a quote or a comment. Escapes are kept as written.</summary>
    Word,

    /// <summary>A double-quoted string; <see cref="Token.Text"/> is what stands between the quotes, escapes as written.</summary>
    Quoted,
}

/// <summary>
/// One token of a zone file, with its place: offsets into its <see cref="SourceText"/>, the line and column worked out
/// only when <see cref="Span"/> is asked for. A value, not an object: a zone has millions of tokens.
/// <see cref="Start"/> and <see cref="End"/> cover the quotes of a quoted string.
/// </summary>
public readonly struct Token
{
    private readonly string? _text; // null: the text is the file's, read when asked (quoted strings)

    public Token(TokenKind kind, string text, SourceText source, int start, int end)
        : this(source, start, end, kind, text)
    {
    }

    private Token(SourceText source, int start, int end, TokenKind kind, string? text)
    {
        Kind = kind;
        _text = text;
        Source = source;
        Start = start;
        End = end;
    }

    public TokenKind Kind { get; }

    /// <summary>The file the token is in.</summary>
    public SourceText Source { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The token's text; a quoted string's without its quotes.</summary>
    public string Text => _text ?? Source.Text.Substring(Start + 1, End - Start - 2);

    public SourceSpan Span => Source.Span(Start, End);

    public bool IsQuoted => Kind == TokenKind.Quoted;

    /// <summary>A quoted string whose text stays in the file until it is asked for.</summary>
    internal static Token QuotedInFile(SourceText source, int start, int end) => new(source, start, end, TokenKind.Quoted, null);

    /// <summary>The same token with other text, at the same place ($GENERATE's expansion).</summary>
    internal Token WithText(string text) => new(Source, Start, End, Kind, text);

    /// <summary>The same token, placed where <paramref name="place"/> is.</summary>
    internal Token At(Token place) => new(place.Source, place.Start, place.End, Kind, Text);

    /// <summary>The text without copying it: a string and the range of it that is the token's text.</summary>
    internal string RawText(out int start, out int length)
    {
        if (_text != null)
        {
            start = 0;
            length = _text.Length;
            return _text;
        }
        start = Start + 1;
        length = End - Start - 2;
        return Source.Text;
    }

    public override string ToString() => IsQuoted ? "\"" + Text + "\"" : Text;
}
