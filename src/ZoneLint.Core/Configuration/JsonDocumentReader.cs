using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Configuration;

internal readonly record struct JsonError(SourceSpan Span, string Message);

/// <summary>
/// Reads RFC 8259 JSON into <see cref="JsonNode"/>s that keep their offsets. Also allows `//` and `/* */`
/// comments (VS Code's "JSON with comments"). A repeated key, a trailing comma, a bad escape or a raw control
/// character is reported and reading goes on; any other mistake stops it, since what follows cannot be trusted.
/// </summary>
internal sealed class JsonDocumentReader
{
    /// <summary>Deeper nesting is refused, so that a hostile file cannot overflow the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>RFC 8259 §6.</summary>
    private static readonly Regex NumberGrammar = new(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<JsonError> _errors = new();
    private int _pos;

    private JsonDocumentReader(SourceText source)
    {
        _source = source;
        _text = source.Text;
        if (_text.Length > 0 && _text[0] == '\uFEFF') _pos = 1; // RFC 8259 §8.1: a parser may ignore a BOM.
    }

    /// <summary>The root value, or null when a mistake stopped the reading; every mistake is in <paramref name="errors"/>.</summary>
    public static JsonNode? Parse(SourceText source, out IReadOnlyList<JsonError> errors)
    {
        var reader = new JsonDocumentReader(source);
        errors = reader._errors;
        try
        {
            reader.SkipTrivia();
            if (reader.AtEnd) throw reader.Fail(reader._pos, reader._pos, "the file is empty: a configuration is a JSON object, at least { }");
            var root = reader.ReadValue(0);
            reader.SkipTrivia();
            if (!reader.AtEnd) throw reader.Fail(reader._pos, reader._pos + 1, $"unexpected {Describe(reader.Current)} after the end of the JSON value");
            return root;
        }
        catch (StopReading)
        {
            return null;
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Current => _text[_pos];

    private JsonNode ReadValue(int depth)
    {
        if (AtEnd) throw Fail(_pos, _pos, "the file ends where a value was expected");
        char c = Current;
        if (c == '{' || c == '[')
        {
            if (depth >= MaxDepth) throw Fail(_pos, _pos + 1, $"objects and arrays are nested more than {MaxDepth} deep");
            return c == '{' ? ReadObject(depth + 1) : ReadArray(depth + 1);
        }
        if (c == '"') return ReadStringValue();
        if (c == '-' || IsDigit(c)) return ReadNumber();
        if (c == '\'') throw Fail(_pos, _pos + 1, "strings in JSON are written in double quotes (\"), not single quotes");
        if (IsWordChar(c))
        {
            int start = _pos;
            string word = ReadWord();
            JsonKind? literal = word switch { "true" => JsonKind.True, "false" => JsonKind.False, "null" => JsonKind.Null, _ => null };
            if (literal != null) return new JsonLiteral(literal.Value, start, _pos);
            throw Fail(start, _pos, $"unexpected '{word}': a value is a string in double quotes, a number, true, false, null, an object or an array");
        }
        throw Fail(_pos, _pos + 1, $"unexpected {Describe(c)} where a value was expected");
    }

    private JsonObject ReadObject(int depth)
    {
        int open = _pos++;
        var members = new List<JsonMember>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        SkipTrivia();
        if (!AtEnd && Current == '}') return new JsonObject(open, ++_pos, members);
        while (true)
        {
            SkipTrivia();
            if (AtEnd || Current != '"') throw ExpectedName();
            int nameStart = _pos;
            string name = ReadString();
            int nameEnd = _pos;
            SkipTrivia();
            if (AtEnd || Current != ':') throw Fail(_pos, AtEnd ? _pos : _pos + 1, $"expected ':' after the name \"{name}\"");
            _pos++;
            SkipTrivia();
            var value = ReadValue(depth);
            if (seen.TryGetValue(name, out int first))
                AddError(nameStart, nameEnd, $"duplicate key \"{name}\" (first on line {_source.Position(first).Line}): a key may appear only once in an object");
            else
            {
                seen.Add(name, nameStart);
                members.Add(new JsonMember(name, nameStart, nameEnd, value));
            }
            if (ReadSeparator('}', open, $"after the value of \"{name}\"")) return new JsonObject(open, _pos, members);
        }
    }

    private JsonArray ReadArray(int depth)
    {
        int open = _pos++;
        var items = new List<JsonNode>();
        SkipTrivia();
        if (!AtEnd && Current == ']') return new JsonArray(open, ++_pos, items);
        while (true)
        {
            SkipTrivia();
            items.Add(ReadValue(depth));
            if (ReadSeparator(']', open, "after an array item")) return new JsonArray(open, _pos, items);
        }
    }

    /// <summary>After a member or item: true when the container is closed (and consumed), false after a comma.</summary>
    private bool ReadSeparator(char close, int open, string where)
    {
        int valueEnd = _pos;
        SkipTrivia();
        if (AtEnd)
        {
            var (line, column) = _source.Position(open);
            throw Fail(valueEnd, valueEnd, $"'{close}' expected, to close the '{_text[open]}' on line {line}, column {column}");
        }
        if (Current == close)
        {
            _pos++;
            return true;
        }
        if (Current != ',') throw Fail(_pos, _pos + 1, $"expected ',' or '{close}' {where}, found {Describe(Current)}");
        int comma = _pos++;
        SkipTrivia();
        if (AtEnd || Current != close) return false;
        AddError(comma, comma + 1, $"trailing comma before '{close}': JSON allows no comma after the last {(close == '}' ? "member" : "item")}");
        _pos++;
        return true;
    }

    private Exception ExpectedName()
    {
        if (AtEnd) return Fail(_pos, _pos, "the file ends where a property name was expected");
        if (Current == '\'') return Fail(_pos, _pos + 1, "property names are written in double quotes (\"), not single quotes");
        if (!IsWordChar(Current)) return Fail(_pos, _pos + 1, $"expected a property name in double quotes, found {Describe(Current)}");
        int start = _pos;
        string word = ReadWord();
        return Fail(start, _pos, $"property names must be in double quotes: write \"{word}\"");
    }

    private JsonString ReadStringValue()
    {
        int start = _pos;
        string value = ReadString();
        return new JsonString(start, _pos, value);
    }

    /// <summary>Reads a string token at the opening quote and returns its decoded value.</summary>
    private string ReadString()
    {
        int open = _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n' || Current == '\r')
                throw Fail(open, _pos, "unterminated string: the closing \" is missing (a string cannot span lines)");
            char c = _text[_pos++];
            if (c == '"') return value.ToString();
            if (c == '\\') ReadEscape(value);
            else if (c < ' ')
            {
                AddError(_pos - 1, _pos, $"{Describe(c)} inside a string must be written as an escape ({Escape(c)})");
                value.Append(c);
            }
            else value.Append(c);
        }
    }

    private void ReadEscape(StringBuilder value)
    {
        int start = _pos - 1;
        if (AtEnd || Current == '\n' || Current == '\r') return; // ReadString reports the unterminated string.
        char e = _text[_pos++];
        int simple = "\"\\/bfnrt".IndexOf(e);
        if (simple >= 0)
        {
            value.Append("\"\\/\b\f\n\r\t"[simple]);
            return;
        }
        if (e == 'u')
        {
            int hex = 0;
            while (hex < 4 && !AtEnd && IsHexDigit(Current)) { hex++; _pos++; }
            if (hex == 4) value.Append((char)int.Parse(_text.Substring(_pos - 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            else AddError(start, _pos, "bad escape: \\u must be followed by four hexadecimal digits (\\u00e9)");
            return;
        }
        AddError(start, _pos, $"bad escape '\\{e}': JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (write a backslash as \\\\, or use / in paths)");
        value.Append(e);
    }

    private JsonNumber ReadNumber()
    {
        int start = _pos;
        while (!AtEnd && (IsWordChar(Current) || Current == '.' || Current == '+' || Current == '-')) _pos++;
        string text = _text.Substring(start, _pos - start);
        if (!NumberGrammar.IsMatch(text)) throw Fail(start, _pos, $"'{text}' is not a JSON number: write digits only (60, -1, 2.5, 1e3), or put text in double quotes");
        return new JsonNumber(start, _pos, text);
    }

    private string ReadWord()
    {
        int start = _pos;
        while (!AtEnd && IsWordChar(Current)) _pos++;
        return _text.Substring(start, _pos - start);
    }

    /// <summary>Skips whitespace (RFC 8259 §2: space, tab, CR, LF only) and comments.</summary>
    private void SkipTrivia()
    {
        while (!AtEnd)
        {
            char c = Current;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { _pos++; continue; }
            if (c != '/') return;
            char next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
            if (next == '/') _pos = _text.IndexOf('\n', _pos) is int eol and >= 0 ? eol : _text.Length;
            else if (next == '*')
            {
                int end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0) throw Fail(_pos, _pos + 2, "unterminated comment: the closing */ is missing");
                _pos = end + 2;
            }
            else throw Fail(_pos, _pos + 1, "unexpected '/': a comment starts with // or /*");
        }
    }

    private void AddError(int start, int end, string message) => _errors.Add(new JsonError(_source.Span(start, end), message));

    private StopReading Fail(int start, int end, string message)
    {
        AddError(start, Math.Min(end, _text.Length), message);
        return new StopReading();
    }

    private static string Describe(char c) => c switch
    {
        '\t' => "a tab",
        '\u00A0' => "a no-break space (U+00A0)",
        '\u3000' => "a full-width space (U+3000)",
        '\u201C' or '\u201D' => $"a typographic quote '{c}' (JSON needs straight quotes \")",
        _ when c < ' ' || c > '~' => $"the character U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private static string Escape(char c) => c switch
    {
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        _ => $"\\u{(int)c:x4}",
    };

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    /// <summary>Unwinds the reader after a mistake that leaves the rest of the text unreadable.</summary>
    private sealed class StopReading : Exception;
}
