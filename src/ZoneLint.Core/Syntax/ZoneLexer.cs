using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Syntax;

/// <summary>
/// Splits a zone file into logical entries (RFC 1035 §5.1): white space separates tokens, `;` starts a comment,
/// parentheses continue an entry across lines, `"` quotes a string. CR is white space, so CRLF files read as LF files.
/// After an error the lexer finishes the entry as well as it can and goes on with the next line.
/// </summary>
public sealed class ZoneLexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly WordTable _words = new();
    private readonly List<Token> _tokens = new();
    private int _pos;
    private bool _entryHasError;
    private bool _tokenTooLong; // reported once for the token, not again for its entry

    public ZoneLexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    public List<Comment> Comments { get; } = new();

    /// <summary>A longer word or quoted string is refused (ZL1001) and not kept; see <see cref="EntryLimits"/>.</summary>
    public int MaxTokenLength { get; set; } = EntryLimits.MaxTokenLength;

    /// <summary>A longer entry (comments included) is refused (ZL1001) and the rest of its line skipped.</summary>
    public int MaxEntryLength { get; set; } = EntryLimits.MaxEntryLength;

    /// <summary>Reads the next entry, or null at the end of the file. Lines with no tokens produce no entry.</summary>
    public ZoneEntry? NextEntry()
    {
        while (_pos < _text.Length)
        {
            var entry = ReadLine();
            if (entry != null) return entry;
        }
        return null;
    }

    public IEnumerable<ZoneEntry> ReadAll()
    {
        for (var entry = NextEntry(); entry != null; entry = NextEntry()) yield return entry;
    }

    private ZoneEntry? ReadLine()
    {
        bool startsWithBlank = _pos < _text.Length && IsBlank(_text[_pos]);
        // One list for every entry; each entry keeps an array of exactly its tokens.
        var tokens = _tokens;
        tokens.Clear();
        int parenDepth = 0;
        int openParen = -1;
        _entryHasError = _tokenTooLong = false;
        int entryStart = _pos;
        int entryEnd = _text.Length - _pos > MaxEntryLength ? _pos + MaxEntryLength : _text.Length;

        while (_pos < entryEnd)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                if (parenDepth == 0) break;
                continue;
            }
            if (IsBlank(c))
            {
                _pos++;
                continue;
            }
            switch (c)
            {
                case ';':
                    ReadComment();
                    continue;
                case '(':
                    if (parenDepth > 0)
                    {
                        Error(_pos, _pos + 1, "nested parenthesis: an entry can be continued across lines by one pair of parentheses only");
                    }
                    parenDepth++;
                    openParen = _pos;
                    _pos++;
                    continue;
                case ')':
                    if (parenDepth == 0)
                    {
                        Error(_pos, _pos + 1, "unbalanced parenthesis: ')' without a matching '('");
                    }
                    else
                    {
                        parenDepth--;
                    }
                    _pos++;
                    continue;
                case '"':
                    // An unterminated string ends at the line break; inside parentheses the entry still runs to ')'.
                    ReadQuoted(tokens);
                    continue;
                default:
                    tokens.Add(ReadWord());
                    continue;
            }
        }

        // Stopped by the bound rather than by the end of the entry (a line break outside parentheses).
        if (_pos >= entryEnd && entryEnd < _text.Length && !(parenDepth == 0 && _text[_pos - 1] == '\n'))
        {
            if (!_tokenTooLong) Error(entryStart, entryEnd, $"entry longer than {MaxEntryLength} characters, which no record needs (RDATA is at most 65535 octets); the rest of the line is skipped");
            int lineEnd = _text.IndexOf('\n', _pos);
            _pos = lineEnd < 0 ? _text.Length : lineEnd + 1;
            parenDepth = 0;
        }

        if (parenDepth > 0)
        {
            Error(openParen, openParen + 1, "unbalanced parenthesis: '(' is never closed before the end of the file");
        }

        if (tokens.Count == 0) return null;
        return new ZoneEntry(_source, startsWithBlank, tokens.ToArray(), tokens[0].Start, tokens[tokens.Count - 1].End, _entryHasError);
    }

    private void ReadComment()
    {
        int start = _pos;
        // Bounded by the entry length, which then reports the line (a comment is part of its entry).
        int stop = _text.Length - start > MaxEntryLength ? start + MaxEntryLength : _text.Length;
        while (_pos < stop && _text[_pos] != '\n') _pos++;
        int end = _pos;
        if (end > start && _text[end - 1] == '\r') end--;
        Comments.Add(new Comment(_text.Substring(start + 1, end - start - 1), _source.Span(start, end)));
    }

    private Token ReadWord()
    {
        int start = _pos;
        int stop = _text.Length - start > MaxTokenLength ? start + MaxTokenLength : _text.Length;
        while (_pos < stop)
        {
            char c = _text[_pos];
            if (c == '\\')
            {
                // An escape makes the next character part of the word, even a delimiter.
                _pos += _pos + 1 < _text.Length && _text[_pos + 1] != '\n' ? 2 : 1;
                continue;
            }
            // A quote ends the word and starts a string: SVCB's key="value" is read as key= and "value" (RFC 9460 §2.1).
            if (IsBlank(c) || c == '\n' || c == ';' || c == '(' || c == ')' || c == '"') break;
            _pos++;
        }
        if (_pos >= stop && _pos < _text.Length && !IsDelimiter(_text[_pos])) return TooLong(start, TokenKind.Word);
        var token = new Token(TokenKind.Word, _words.Get(_text, start, _pos - start), _source, start, _pos);
        CheckPastedCharacters(token);
        return token;
    }

    private void ReadQuoted(List<Token> tokens)
    {
        int start = _pos;
        _pos++; // opening quote
        int stop = _text.Length - start > MaxTokenLength + 2 ? start + MaxTokenLength + 2 : _text.Length;
        // The text is kept as written, escapes included, so it is the run of the file between the quotes.
        while (_pos < stop)
        {
            char c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                var token = Token.QuotedInFile(_source, start, _pos);
                CheckPastedCharacters(token);
                tokens.Add(token);
                return;
            }
            if (c == '\n') break;
            _pos += c == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] != '\n' ? 2 : 1;
        }
        if (_pos >= stop && stop < _text.Length)
        {
            TooLong(start, TokenKind.Quoted);
            return;
        }
        int end = _pos;
        if (end > start && _text[end - 1] == '\r') end--;
        Error(start, end, "unterminated quoted string: a '\"' is missing before the end of the line");
    }

    /// <summary>
    /// ZL1006: typographic quotes, full-width, zero-width or control characters and other non-ASCII text in a record.
    /// A run takes in ASCII letters and digits between suspect characters, so a placeholder such as
    /// `サーバーのIPアドレス` is one finding.
    /// </summary>
    private void CheckPastedCharacters(Token token)
    {
        int end = token.End;
        for (int i = token.Start; i < end; i++)
        {
            if (!IsSuspect(_text[i])) continue;
            int runEnd = i + 1;
            for (int j = runEnd; j < end && (IsSuspect(_text[j]) || IsAsciiLetterOrDigit(_text[j])); j++)
            {
                if (IsSuspect(_text[j])) runEnd = j + 1;
            }
            _diagnostics.Report(RuleCatalog.PastedCharacters, _source.Span(i, runEnd), DescribePasted(_text.Substring(i, runEnd - i)));
            i = runEnd - 1;
        }
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsSuspect(char c) => c >= 0x7F || (c < 0x20 && c != '\t');

    internal static string DescribePasted(string run)
    {
        char c = run[0];
        string what = c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => "typographic double quote",
            '\u2018' or '\u2019' or '\u201A' or '\u201B' => "typographic single quote",
            '\u3000' => "full-width space",
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => "zero-width character",
            '\u00A0' => "no-break space",
            _ when c < 0x20 || c == 0x7F => "control character",
            '\uFFFD' => "byte that is not valid UTF-8",
            _ when c >= '\uFF01' && c <= '\uFF5E' => "full-width character",
            _ => "non-ASCII text",
        };
        string fix = what switch
        {
            "typographic double quote" => "; use a straight double quote (\")",
            "typographic single quote" => "; zone files quote with straight double quotes (\")",
            "full-width space" or "no-break space" or "zero-width character" => "; use an ASCII space or remove it",
            "full-width character" => "; retype it in ASCII",
            "control character" => "; remove it",
            _ => "; is it a placeholder from a help page that was never replaced?",
        };
        string shown = Escape(run);
        return $"{what} '{shown}' pasted into the record{fix}";
    }

    private static string Escape(string run)
    {
        var sb = new StringBuilder();
        foreach (char ch in run)
        {
            if (ch < 0x20 || ch == 0x7F || ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060' || ch == '\uFEFF' || ch == '\u00A0' || ch == '\u3000')
                sb.Append("U+").Append(((int)ch).ToString("X4"));
            else
                sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A token over <see cref="MaxTokenLength"/>: reported, then skipped to where it ends (a delimiter, or for a quoted
    /// string its closing quote or the line break) without keeping its text.
    /// </summary>
    private Token TooLong(int start, TokenKind kind)
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (kind == TokenKind.Word ? IsDelimiter(c) : c == '\n') break;
            _pos += c == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] != '\n' ? 2 : 1;
            if (kind == TokenKind.Quoted && c == '"') break;
        }
        _tokenTooLong = true;
        string what = kind == TokenKind.Word ? "word" : "quoted string";
        Error(start, start + MaxTokenLength, $"{what} longer than {MaxTokenLength} characters, which no field needs (RDATA is at most 65535 octets, 4 characters each as \\DDD)");
        return new Token(kind, string.Empty, _source, start, _pos);
    }

    private static bool IsDelimiter(char c) => IsBlank(c) || c == '\n' || c == ';' || c == '(' || c == ')' || c == '"';

    private void Error(int start, int end, string message)
    {
        _entryHasError = true;
        _diagnostics.Report(RuleCatalog.MalformedEntry, _source.Span(start, end), message);
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\r';
}
