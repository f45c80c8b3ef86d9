using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Core.Spf;

/// <summary>Where a macro-string stands decides what it may hold (RFC 7208 §7.1, §7.2).</summary>
public enum SpfMacroContext
{
    /// <summary>The target of a mechanism, redirect= or exp=: no c, r, t macros, and it must end in a macro or a top label.</summary>
    DomainSpec,

    /// <summary>The value of an unknown modifier: any macro-string the ABNF allows (it is never expanded).</summary>
    ModifierValue,

    /// <summary>The explanation text exp= points at: spaces and the c, r, t macros are allowed.</summary>
    Explanation,
}

/// <summary>Why a macro-string is not valid; offsets are relative to the macro-string's text.</summary>
public sealed record SpfMacroError(int Start, int End, string Message);

/// <summary>Parses the macro-strings of RFC 7208 §7.1 (domain-spec, modifier values, explain-string).</summary>
public static class SpfMacroParser
{
    private const string MacroLetters = "slodiphcrtv";
    private const string ExplanationOnlyLetters = "crt";
    private const string Delimiters = ".-+,/_=";

    /// <summary>A domain-spec (§7.1): a macro-string ending in a macro-expand or in "." toplabel ["."].</summary>
    public static SpfMacroString? ParseDomainSpec(string text, out SpfMacroError? error) =>
        Parse(text, SpfMacroContext.DomainSpec, out error);

    /// <summary>The text of the TXT record an exp= modifier points at (§6.2 explain-string).</summary>
    public static SpfMacroString? ParseExplanation(string text, out SpfMacroError? error) =>
        Parse(text, SpfMacroContext.Explanation, out error);

    /// <summary>Parses <paramref name="text"/>; null and an error at the first mistake.</summary>
    public static SpfMacroString? Parse(string text, SpfMacroContext context, out SpfMacroError? error)
    {
        error = null;
        if (context == SpfMacroContext.DomainSpec && text.Length == 0)
        {
            error = new SpfMacroError(0, 0, "the domain is empty");
            return null;
        }
        if (IsPlainLiteral(text, context)) return PlainLiteral(text, context, out error);
        var parts = new List<SpfMacroPart>();
        var literal = new StringBuilder();
        int lastExpandEnd = 0;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c == '%')
            {
                int end = ParseExpand(text, i, context, parts, literal, out error);
                if (error != null) return null;
                i = lastExpandEnd = end;
                continue;
            }
            bool allowed = (c >= 0x21 && c <= 0x7E) || (c == ' ' && context == SpfMacroContext.Explanation);
            if (!allowed)
            {
                error = new SpfMacroError(i, i + 1, $"'{SpfRecordParser.Show(c.ToString())}' is not allowed here (SPF text is printable ASCII, RFC 7208 §7.1)");
                return null;
            }
            literal.Append(c);
            i++;
        }
        Flush(parts, literal);
        if (context == SpfMacroContext.DomainSpec && lastExpandEnd < text.Length)
        {
            error = CheckDomainEnd(text, lastExpandEnd);
            if (error != null) return null;
        }
        return new SpfMacroString(text, parts);
    }

    /// <summary>One `%...` at <paramref name="at"/>; returns the offset after it.</summary>
    private static int ParseExpand(string text, int at, SpfMacroContext context, List<SpfMacroPart> parts, StringBuilder literal, out SpfMacroError? error)
    {
        error = null;
        if (at + 1 >= text.Length)
        {
            error = new SpfMacroError(at, at + 1, "a '%' ends the text; write '%%' for a percent sign (RFC 7208 §7.1)");
            return at + 1;
        }
        switch (text[at + 1])
        {
            case '%': literal.Append('%'); return at + 2;
            case '_': literal.Append(' '); return at + 2;
            case '-': literal.Append("%20"); return at + 2;
            case '{': break;
            default:
                error = new SpfMacroError(at, at + 2,
                    $"'%{SpfRecordParser.Show(text[at + 1].ToString())}': a '%' must be followed by '{{', '%', '_' or '-'; write '%%' for a percent sign (RFC 7208 §7.1)");
                return at + 2;
        }
        int close = text.IndexOf('}', at + 2);
        if (close < 0)
        {
            error = new SpfMacroError(at, text.Length, $"'{SpfRecordParser.Show(text.Substring(at))}': the macro is never closed with '}}'");
            return text.Length;
        }
        string macro = text.Substring(at, close + 1 - at);
        string inner = text.Substring(at + 2, close - at - 2);
        error = ParseMacroBody(macro, inner, context, out var parsed);
        if (error != null)
        {
            error = error with { Start = at, End = close + 1 };
            return close + 1;
        }
        Flush(parts, literal);
        parts.Add(parsed!);
        return close + 1;
    }

    private static SpfMacroError? ParseMacroBody(string macro, string inner, SpfMacroContext context, out SpfMacro? parsed)
    {
        parsed = null;
        if (inner.Length == 0) return Fail($"'{macro}' names no macro letter");
        char letter = char.ToLowerInvariant(inner[0]);
        if (MacroLetters.IndexOf(letter) < 0 || inner[0] > 0x7E)
            return Fail($"'{SpfRecordParser.Show(macro)}': '{SpfRecordParser.Show(inner[0].ToString())}' is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations only)");
        if (ExplanationOnlyLetters.IndexOf(letter) >= 0 && context == SpfMacroContext.DomainSpec)
            return Fail($"'{macro}': the macro letter '{inner[0]}' is allowed only in explanation text, not in a domain (RFC 7208 §7.2)");
        int i = 1;
        int? digits = null;
        while (i < inner.Length && inner[i] >= '0' && inner[i] <= '9')
        {
            digits = System.Math.Min((digits ?? 0) * 10 + (inner[i] - '0'), 1000);
            i++;
        }
        if (digits == 0) return Fail($"'{macro}': the number of parts to keep must not be 0 (RFC 7208 §7.3)");
        bool reverse = i < inner.Length && (inner[i] == 'r' || inner[i] == 'R');
        if (reverse) i++;
        string delimiters = inner.Substring(i);
        foreach (char d in delimiters)
        {
            if (Delimiters.IndexOf(d) < 0)
                return Fail($"'{SpfRecordParser.Show(macro)}': '{SpfRecordParser.Show(d.ToString())}' is not a delimiter (. - + , / _ =) (RFC 7208 §7.1)");
        }
        parsed = new SpfMacro(letter, char.IsUpper(inner[0]), digits, reverse, delimiters);
        return null;
    }

    /// <summary>§7.1 domain-end: the literal tail must be "." toplabel, with an optional final ".".</summary>
    private static SpfMacroError? CheckDomainEnd(string text, int tailStart)
    {
        string tail = text.Substring(tailStart);
        if (tail.EndsWith(".", System.StringComparison.Ordinal)) tail = tail.Substring(0, tail.Length - 1);
        int dot = tail.LastIndexOf('.');
        if (dot < 0)
        {
            return tailStart == 0
                ? new SpfMacroError(0, text.Length, $"'{text}' is a single label; a domain must end in a dot and a top label, such as '{text.TrimEnd('.')}.com' (RFC 7208 §7.1)")
                : new SpfMacroError(tailStart, text.Length, $"'{text}' must end in a macro or in a dot and a top label (RFC 7208 §7.1)");
        }
        string top = tail.Substring(dot + 1);
        string? why = TopLabelProblem(top);
        if (why == null) return null;
        int start = tailStart + dot + 1;
        return new SpfMacroError(start, start + top.Length, $"'{text}' ends in '{top}', which is not a top label: {why} (RFC 7208 §7.1)");
    }

    /// <summary>§7.1 toplabel: letters, digits and inner hyphens, not all digits; null when valid.</summary>
    internal static string? TopLabelProblem(string label)
    {
        if (label.Length == 0) return "it is empty";
        bool letter = false, hyphen = false;
        foreach (char c in label)
        {
            if (c == '-') hyphen = true;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letter = true;
            else if (c < '0' || c > '9') return c == ':' ? "it holds ':' (a port has no place in SPF)" : $"it holds '{SpfRecordParser.Show(c.ToString())}'";
        }
        if (label[0] == '-' || label[label.Length - 1] == '-') return "it begins or ends with '-'";
        if (!letter && !hyphen) return "it is all digits";
        return null;
    }

    /// <summary>No macro and nothing but printable ASCII: most domain-specs (`_spf.example.com`), read without a builder.</summary>
    private static bool IsPlainLiteral(string text, SpfMacroContext context)
    {
        if (text.Length == 0 || context == SpfMacroContext.Explanation) return false;
        foreach (char c in text)
        {
            if (c < 0x21 || c > 0x7E || c == '%') return false;
        }
        return true;
    }

    private static SpfMacroString? PlainLiteral(string text, SpfMacroContext context, out SpfMacroError? error)
    {
        error = context == SpfMacroContext.DomainSpec ? CheckDomainEnd(text, 0) : null;
        return error != null ? null : new SpfMacroString(text, new SpfMacroPart[] { new SpfLiteral(text) });
    }

    private static void Flush(List<SpfMacroPart> parts, StringBuilder literal)
    {
        if (literal.Length == 0) return;
        parts.Add(new SpfLiteral(literal.ToString()));
        literal.Clear();
    }

    private static SpfMacroError Fail(string message) => new(0, 0, message);
}
