using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Parsing;

public sealed partial class ZoneParser
{
    /// <summary>
    /// BIND's `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: `$` is the iterator, `${offset,width,base}`
    /// formats it (base d, o, x, X, or n/N for reversed nibbles), `\$` is a literal dollar. A quoted rhs may hold
    /// several RDATA fields. Each generated record keeps the directive's spans.
    /// </summary>
    private void Generate(ZoneEntry entry)
    {
        var tokens = entry.Tokens;
        if (tokens.Count < 5)
        {
            Report(RuleCatalog.GenerateFailure, entry.Span, "$GENERATE needs a range, an owner, a type and RDATA: $GENERATE 1-10 host$ A 192.0.2.$");
            return;
        }
        if (!TryRange(tokens[1], out long start, out long stop, out long step)) return;
        long count = (stop - start) / step + 1;
        if (count > _options.MaxGenerateRecords)
        {
            Report(RuleCatalog.GenerateFailure, tokens[1].Span,
                $"$GENERATE would make {count} records, over the limit of {_options.MaxGenerateRecords}");
            return;
        }

        // Check every template once, so a bad modifier is reported once, not once per value.
        for (int t = 2; t < tokens.Count; t++)
        {
            string? error = Substitute(tokens[t].Text, start, out _);
            if (error != null)
            {
                Report(RuleCatalog.GenerateFailure, tokens[t].Span, $"$GENERATE: {error} in '{tokens[t].Text}'");
                return;
            }
        }

        int before = _diagnostics.Count;
        for (long value = start; value <= stop; value += step)
        {
            var expanded = new List<Token>(tokens.Count);
            for (int t = 2; t < tokens.Count; t++) expanded.AddRange(Expand(tokens[t], value));
            if (expanded.Count == 0)
            {
                // Empty quoted templates (`$GENERATE 0-7 "" ""`) leave no owner to read.
                Report(RuleCatalog.GenerateFailure, entry.Span, "$GENERATE: the templates expand to nothing, so there is no owner, type or RDATA");
                return;
            }
            ReadRecord(entry, expanded, generated: true);
            if (_diagnostics.Count > before) return; // one bad template would repeat its error for every value
        }
    }

    private IEnumerable<Token> Expand(Token template, long value)
    {
        Substitute(template.Text, value, out string text);
        if (!template.IsQuoted)
        {
            yield return template with { Text = text };
            yield break;
        }
        // A quoted rhs holds several fields: read them as the lexer would, keeping the template's span.
        var lexer = new ZoneLexer(new SourceText(template.Span.File, text), new DiagnosticBag());
        var inner = lexer.NextEntry();
        if (inner == null) yield break;
        foreach (var token in inner.Tokens) yield return token with { Span = template.Span };
    }

    private bool TryRange(Token token, out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        string text = token.Text;
        int dash = text.IndexOf('-');
        int slash = text.IndexOf('/');
        string? error = null;
        if (dash <= 0) error = "the range must be start-stop[/step]";
        else if (!TryNumber(text.Substring(0, dash), out start)) error = $"'{text.Substring(0, dash)}' is not a number from 0 to 2147483647";
        else
        {
            string stopText = slash < 0 ? text.Substring(dash + 1) : text.Substring(dash + 1, slash - dash - 1);
            if (!TryNumber(stopText, out stop)) error = $"'{stopText}' is not a number from 0 to 2147483647";
            else if (slash >= 0 && !TryNumber(text.Substring(slash + 1), out step)) error = "the step after '/' must be a number";
            else if (step == 0) error = "the step must be at least 1";
            else if (start > stop) error = $"the start {start} is after the stop {stop}";
        }
        if (error == null) return true;
        Report(RuleCatalog.GenerateFailure, token.Span, $"invalid $GENERATE range '{text}': {error}");
        return false;
    }

    private static bool TryNumber(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 10) return false;
        foreach (char c in text)
        {
            if (c < '0' || c > '9') return false;
        }
        value = long.Parse(text, CultureInfo.InvariantCulture);
        return value <= int.MaxValue;
    }

    /// <summary>Replaces the iterator in a template; returns null, or what is wrong with the template.</summary>
    internal static string? Substitute(string template, long iterator, out string result)
    {
        var sb = new StringBuilder(template.Length + 8);
        result = string.Empty;
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '\\' && i + 1 < template.Length)
            {
                // Escapes stay as written (the name or RDATA parser decodes them); `\$` is a literal dollar.
                sb.Append(c).Append(template[++i]);
                continue;
            }
            if (c != '$')
            {
                sb.Append(c);
                continue;
            }
            long offset = 0;
            int width = 0;
            char numberBase = 'd';
            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                int close = template.IndexOf('}', i + 2);
                if (close < 0) return "'${' without its closing '}'";
                string? error = ParseModifier(template.Substring(i + 2, close - i - 2), out offset, out width, out numberBase);
                if (error != null) return error;
                i = close;
            }
            long value = iterator + offset;
            if (value < int.MinValue || value > int.MaxValue) return $"the value {value} is out of range";
            sb.Append(Format((int)value, width, numberBase));
        }
        result = sb.ToString();
        return null;
    }

    private static string? ParseModifier(string text, out long offset, out int width, out char numberBase)
    {
        offset = 0;
        width = 0;
        numberBase = 'd';
        var parts = text.Split(',');
        if (parts.Length > 3) return $"bad modifier '${{{text}}}': use ${{offset[,width[,base]]}}";
        if (!long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset)
            || offset < int.MinValue || offset > int.MaxValue)
            return $"bad offset '{parts[0]}' in ${{{text}}}";
        if (parts.Length > 1 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out width) || width > 255))
            return $"bad width '{parts[1]}' in ${{{text}}}";
        if (parts.Length > 2)
        {
            if (parts[2].Length != 1 || "doxXnN".IndexOf(parts[2][0]) < 0)
                return $"bad base '{parts[2]}' in ${{{text}}}: use d, o, x, X, n or N";
            numberBase = parts[2][0];
        }
        return null;
    }

    private static string Format(int value, int width, char numberBase)
    {
        switch (numberBase)
        {
            case 'o': return Pad(System.Convert.ToString(value, 8), width);
            case 'x': return Pad(((uint)value).ToString("x", CultureInfo.InvariantCulture), width);
            case 'X': return Pad(((uint)value).ToString("X", CultureInfo.InvariantCulture), width);
            case 'n':
            case 'N':
                return Nibbles((uint)value, width, numberBase == 'N');
            default:
                return value < 0 ? "-" + Pad((-(long)value).ToString(CultureInfo.InvariantCulture), width - 1) : Pad(value.ToString(CultureInfo.InvariantCulture), width);
        }
    }

    private static string Pad(string digits, int width) => digits.Length >= width ? digits : new string('0', width - digits.Length) + digits;

    /// <summary>Reversed nibbles with dots (for ip6.arpa); the width counts output characters, dots included, as BIND does.</summary>
    private static string Nibbles(uint value, int width, bool upper)
    {
        const string lowerDigits = "0123456789abcdef";
        const string upperDigits = "0123456789ABCDEF";
        var sb = new StringBuilder();
        do
        {
            sb.Append((upper ? upperDigits : lowerDigits)[(int)(value & 0xF)]);
            value >>= 4;
            if (width > 0) width--;
            if (width > 0 || value != 0)
            {
                sb.Append('.');
                if (width > 0) width--;
            }
        }
        while (value != 0 || width > 0);
        return sb.ToString();
    }
}
