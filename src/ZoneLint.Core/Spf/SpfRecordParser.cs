using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace ZoneLint.Core.Spf;

/// <summary>
/// Parses an SPF record by the ABNF of RFC 7208 §12. Parsing goes on after a bad term, so every bad term is reported,
/// each with its offsets in the joined text and its span in the zone file.
/// </summary>
public static partial class SpfRecordParser
{
    public const string Version = "v=spf1";

    private static readonly string[] MechanismNames = { "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists" };

    /// <summary>RFC 7208 §4.5: `v=spf1` in any case, then a space or the end of the text.</summary>
    public static bool IsSpfRecord(string text) =>
        text.Length >= Version.Length
        && string.Compare(text, 0, Version, 0, Version.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (text.Length == Version.Length || text[Version.Length] == ' ');

    public static SpfRecord Parse(string text) => Parse(SpfText.FromString(text));

    public static SpfRecord Parse(SpfText text)
    {
        string value = text.Value;
        var terms = new List<SpfTerm>();
        var errors = new List<SpfSyntaxError>();
        if (!IsSpfRecord(value))
        {
            int end = value.IndexOf(' ') is var space && space >= 0 ? space : value.Length;
            errors.Add(new SpfSyntaxError(0, end, text.SpanOf(0, end),
                $"'{Show(value.Substring(0, end))}' is not the version 'v=spf1' followed by a space, so this is no SPF record (RFC 7208 §4.5)"));
            return new SpfRecord(text, terms, errors);
        }
        SpfModifier? redirect = null, exp = null;
        for (int i = Version.Length; i < value.Length;)
        {
            if (value[i] == ' ')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < value.Length && value[i] != ' ') i++;
            var term = ParseTerm(text, start, i, out string? error);
            if (error != null)
            {
                errors.Add(new SpfSyntaxError(start, i, text.SpanOf(start, i), error));
                continue;
            }
            if (term is SpfModifier { IsRedirect: true } || term is SpfModifier { IsExp: true })
            {
                var modifier = (SpfModifier)term;
                var first = modifier.IsRedirect ? redirect : exp;
                if (first != null)
                {
                    // §6: redirect and exp may each appear once; a second one is permerror.
                    errors.Add(new SpfSyntaxError(start, i, text.SpanOf(start, i),
                        $"'{modifier.Text}' is the second {modifier.Name}= in the record (the first is '{first.Text}'); each may appear once (RFC 7208 §6)"));
                }
                else if (modifier.IsRedirect) redirect = modifier;
                else exp = modifier;
            }
            terms.Add(term!);
        }
        return new SpfRecord(text, terms, errors);
    }

    /// <summary>Whether one term (no spaces) is valid on its own; for rules that try how a text might be split.</summary>
    public static bool IsValidTerm(string term) =>
        term.Length > 0 && term.IndexOf(' ') < 0 && ParseTerm(SpfText.FromString(term), 0, term.Length, out _) != null;

    /// <summary>One term: a modifier when a name is followed by '=' (§4.6.1), else a mechanism with an optional qualifier.</summary>
    private static SpfTerm? ParseTerm(SpfText source, int start, int end, out string? error)
    {
        string term = source.Value.Substring(start, end - start);
        var span = source.SpanOf(start, end);
        error = CheckCharacters(term);
        if (error != null) return null;

        int nameLength = ModifierNameLength(term);
        if (nameLength > 0 && nameLength < term.Length && term[nameLength] == '=')
            return ParseModifier(term, start, end, span, term.Substring(0, nameLength), term.Substring(nameLength + 1), out error);

        int at = 0;
        var qualifier = SpfQualifier.Pass;
        bool written = "+-~?".IndexOf(term[0]) >= 0;
        if (written)
        {
            qualifier = term[0] switch { '-' => SpfQualifier.Fail, '~' => SpfQualifier.SoftFail, '?' => SpfQualifier.Neutral, _ => SpfQualifier.Pass };
            at = 1;
        }
        int nameEnd = at;
        while (nameEnd < term.Length && IsAsciiLetterOrDigit(term[nameEnd])) nameEnd++;
        string name = term.Substring(at, nameEnd - at).ToLowerInvariant();
        int kindIndex = Array.IndexOf(MechanismNames, name);
        if (kindIndex < 0)
        {
            error = UnknownMechanism(term, at, name);
            return null;
        }
        var kind = (SpfMechanismKind)kindIndex;
        string rest = term.Substring(nameEnd);
        error = ParseMechanism(kind, name, rest, out var domain, out var network, out int? ip4, out int? ip6);
        if (error != null)
        {
            error = $"'{term}': {error}";
            if (term.IndexOf('"') >= 0) error += "; the double quote is part of the data here: a stray quote in the zone file?";
            return null;
        }
        return new SpfMechanism(term, start, end, span, qualifier, written, kind, domain, network, ip4, ip6);
    }

    private static SpfModifier? ParseModifier(string term, int start, int end, Text.SourceSpan? span, string name, string value, out string? error)
    {
        error = null;
        string lower = name.ToLowerInvariant();
        bool known = lower == "redirect" || lower == "exp";
        var parsed = SpfMacroParser.Parse(value, known ? SpfMacroContext.DomainSpec : SpfMacroContext.ModifierValue, out var macroError);
        if (macroError != null)
        {
            error = value.Length == 0 && known
                ? $"'{term}': {lower}= needs a domain, as in {lower}=_spf.example.com (RFC 7208 §6)"
                : $"'{term}': {macroError.Message}";
            return null;
        }
        return new SpfModifier(term, start, end, span, lower, parsed!);
    }

    /// <summary>Terms are printable ASCII separated by spaces only (§4.6.1, §12).</summary>
    private static string? CheckCharacters(string term)
    {
        foreach (char c in term)
        {
            if (c >= 0x80) return $"'{Show(term)}' holds non-ASCII text; SPF records are plain ASCII (RFC 7208 §12)";
            if (c < 0x21 || c == 0x7F)
                return $"'{Show(term)}' holds the control character {Show(c.ToString())}; terms are separated by spaces only (RFC 7208 §4.6.1)";
        }
        return null;
    }

    /// <summary>The length of a §12 `name` (ALPHA *(ALPHA / DIGIT / "-" / "_" / ".")) at the start, 0 if none.</summary>
    private static int ModifierNameLength(string term)
    {
        if (term.Length == 0 || !IsAsciiLetter(term[0])) return 0;
        int i = 1;
        while (i < term.Length && (IsAsciiLetterOrDigit(term[i]) || term[i] == '-' || term[i] == '_' || term[i] == '.')) i++;
        return i;
    }

    private static string UnknownMechanism(string term, int at, string name)
    {
        if (at == 1 && term.Length == 1) return $"'{term}' is a qualifier with no mechanism after it";
        if (term.IndexOf('"') >= 0)
            return $"'{term}' holds a double quote, which is part of the data here: a stray quote in the zone file?";
        int equals = term.IndexOf('=');
        if (equals >= 0 && term.IndexOfAny(new[] { ':', '/' }, 0, equals) < 0)
        {
            string modifier = term.Substring(0, equals);
            if (modifier.Length == 0) return $"'{term}' is a modifier with no name before '=' (RFC 7208 §12)";
            if ("+-~?".IndexOf(modifier[0]) >= 0 && ModifierNameLength(modifier.Substring(1)) == modifier.Length - 1)
                return $"'{term}': a modifier takes no qualifier; write {term.Substring(1)} (RFC 7208 §12)";
            return $"'{term}': '{modifier}' is not a modifier name, which starts with a letter and holds letters, digits, '-', '_' and '.' (RFC 7208 §12)";
        }
        if (name.Length == 0 && term.Length > at && "!*^=".IndexOf(term[at]) >= 0 && MechanismNames.Any(m => term.Substring(at + 1).StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            return $"'{term}': '{term[at]}' is not a qualifier; use +, -, ~ or ? (RFC 7208 §4.6.2)";
        string body = term.Substring(at);
        if (LooksLikeAddress(body, out string? mechanism))
            return $"'{term}' is an address with no mechanism; write {term.Substring(0, at)}{mechanism}:{body} (RFC 7208 §5.6)";
        if (name == "redirect" || name == "exp")
            return $"'{term}': {name} is a modifier and takes '='; write {name}={term.Substring(at + name.Length).TrimStart(':')} (RFC 7208 §6)";
        string shownName = name.Length > 0 ? name : body;
        string? guess = DidYouMean(name);
        return $"'{term}': unknown mechanism '{shownName}'{(guess == null ? "" : $" (did you mean {guess}?)")}; mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists (RFC 7208 §5)";
    }

    /// <summary>The mechanism or modifier a misspelt name most likely meant (optimal string alignment distance).</summary>
    internal static string? DidYouMean(string name)
    {
        if (name.Length == 0) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in MechanismNames.Concat(new[] { "redirect", "exp" }))
        {
            int d = Distance(name, candidate);
            int allowed = candidate.Length >= 5 ? 2 : 1;
            if (name == "ipv4" || name == "ipv6") allowed = 1;
            if (d > 0 && d <= allowed && d < bestDistance && candidate.Length > 1)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// Text of one char per octet as a reader should see it: UTF-8 decoded where it is valid, control characters and
    /// stray octets as \DDD (the zone-file escape).
    /// </summary>
    internal static string Show(string octets)
    {
        bool plain = octets.All(c => c >= 0x20 && c < 0x7F);
        if (plain) return octets;
        string decoded = octets;
        if (octets.All(c => c <= 0xFF))
        {
            var bytes = octets.Select(c => (byte)c).ToArray();
            try
            {
                decoded = new UTF8Encoding(false, true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                decoded = octets;
            }
        }
        var sb = new StringBuilder();
        foreach (char c in decoded)
        {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xFF && decoded == octets)) sb.Append('\\').Append(((int)c).ToString("D3", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    internal static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    internal static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

    internal static IPAddress? ParseAddress(string text) => IPAddress.TryParse(text, out var address) ? address : null;
}
