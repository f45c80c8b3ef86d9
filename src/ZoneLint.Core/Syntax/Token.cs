using ZoneLint.Core.Text;

namespace ZoneLint.Core.Syntax;

public enum TokenKind
{
    /// <summary>A run of characters up to white space, a parenthesis, a quote or a comment. Escapes are kept as written.</summary>
    Word,

    /// <summary>A double-quoted string; <see cref="Token.Text"/> is what stands between the quotes, escapes as written.</summary>
    Quoted,
}

/// <summary>One token of a zone file, with its place. <see cref="Span"/> covers the quotes of a quoted string.</summary>
public sealed record Token(TokenKind Kind, string Text, SourceSpan Span)
{
    public bool IsQuoted => Kind == TokenKind.Quoted;

    public override string ToString() => IsQuoted ? "\"" + Text + "\"" : Text;
}
