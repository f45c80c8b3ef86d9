using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace ZoneLint.Core.Spf;

/// <summary>
/// Why a text meant as SPF is not selected by RFC 7208 §4.5, where (<see cref="Start"/>, <see cref="End"/>: offsets in
/// the text), and the text as it was meant (<see cref="Fixed"/>).
/// </summary>
public sealed record SpfRecognition(string Reason, int Start, int End, string Fixed)
{
    /// <summary>`v=spf1` stands at the very end of one character-string and the next string goes on with no space.</summary>
    public bool VersionGlued { get; init; }
}

public sealed partial class SpfRecordSet
{
    // Typographic quotes as UTF-8 octets, one char per octet: “ ” „ ‟ ″ ‘ ’.
    private static readonly string[] TypographicQuotes =
        new[] { "\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2018", "\u2019" }
            .Select(q => Latin1(System.Text.Encoding.UTF8.GetBytes(q))).ToArray();

    private static readonly char[] TypographicChars = { '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2018', '\u2019' };

    // A version that was meant as `v=spf1`: `v=spf 1`, `v = spf1`, `v:spf1`, `v=sfp1`, `v=spf`, `spf1`, `v=spf1.0`.
    private static readonly Regex VersionLike = new(
        @"\A(?<v>v\s*(?:[=:\-]\s*)?)?(?:spf|sfp|psf)\s*(?:[-._=:]\s*)?(?<one>v?1(?:\.0)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// For text that §4.5 does not select: why it looks meant as SPF, or null when it does not look like SPF at all
    /// (including Sender ID's `v=spf2.0` and `spf2.0/pra`, which are another protocol).
    /// </summary>
    public static SpfRecognition? Recognise(string text)
    {
        if (SpfRecordParser.IsSpfRecord(text)) return null;
        int junk = LeadingJunk(text, out bool quote);
        if (junk > 0)
        {
            string inner = text.Substring(junk);
            if (quote) inner = StripTrailingQuotes(inner);
            string? repaired = SpfRecordParser.IsSpfRecord(inner) ? inner : Recognise(inner)?.Fixed;
            if (repaired == null) return null;
            string shown = SpfRecordParser.Show(text.Substring(0, junk));
            string reason = quote
                ? $"the text starts with the quote character '{shown}', which is part of the data here, so it does not start with \"v=spf1\""
                : "the text starts with a space, so it does not start with \"v=spf1\"";
            return new SpfRecognition(reason, 0, junk, repaired);
        }

        var match = VersionLike.Match(text);
        if (match.Success && (match.Groups["v"].Success || match.Groups["one"].Success))
        {
            string rest = text.Substring(match.Length);
            if (rest.Length > 0 && char.IsDigit(rest[0])) return null; // v=spf2.0, v=spf10: not SPF version 1
            string written = match.Value.TrimEnd();
            bool exact = string.Equals(written, SpfRecordParser.Version, StringComparison.OrdinalIgnoreCase);
            string tail = rest.TrimStart(' ', ',', ';');
            string repaired = SpfRecordParser.Version + (tail.Length == 0 ? "" : " " + tail);
            if (exact)
            {
                string next = SpfRecordParser.Show(rest.Split(' ')[0]);
                return new SpfRecognition($"\"v=spf1\" is followed by '{next}' with no space between, so the version reads \"v=spf1{next}\"",
                    0, written.Length + rest.Split(' ')[0].Length, repaired);
            }
            return new SpfRecognition($"the text starts with \"{SpfRecordParser.Show(written)}\", not \"v=spf1\"", 0, written.Length, repaired);
        }

        // No version at all, but every word is an SPF term and one of them is unmistakable.
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words.All(SpfRecordParser.IsValidTerm) && words.Any(IsUnmistakableTerm))
        {
            int end = text.IndexOf(' ') is var space && space >= 0 ? space : text.Length;
            return new SpfRecognition("the text has SPF terms but no version \"v=spf1\" at its start", 0, end, SpfRecordParser.Version + " " + text.Trim());
        }
        return null;
    }

    private static bool IsUnmistakableTerm(string word)
    {
        string w = word.TrimStart('+', '-', '~', '?').ToLowerInvariant();
        return w.StartsWith("ip4:", StringComparison.Ordinal) || w.StartsWith("ip6:", StringComparison.Ordinal)
            || w.StartsWith("include:", StringComparison.Ordinal) || w.StartsWith("redirect=", StringComparison.Ordinal)
            || (w == "all" && word.Length == 4);
    }

    /// <summary>Spaces, tabs and quote characters (straight, single, backquote, typographic) at the start.</summary>
    private static int LeadingJunk(string text, out bool quote)
    {
        quote = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ' || c == '\t')
            {
                i++;
                continue;
            }
            if (c == '"' || c == '\'' || c == '`')
            {
                quote = true;
                i++;
                continue;
            }
            string? typographic = TypographicQuotes.FirstOrDefault(q => string.CompareOrdinal(text, i, q, 0, q.Length) == 0);
            if (typographic == null) break;
            quote = true;
            i += typographic.Length;
        }
        return i;
    }

    private static string StripTrailingQuotes(string text)
    {
        bool stripped = true;
        while (stripped && text.Length > 0)
        {
            stripped = false;
            char c = text[text.Length - 1];
            if (c == '"' || c == '\'' || c == '`' || c == ' ')
            {
                text = text.Substring(0, text.Length - 1);
                stripped = true;
                continue;
            }
            string? typographic = TypographicQuotes.FirstOrDefault(q => text.EndsWith(q, StringComparison.Ordinal));
            if (typographic != null)
            {
                text = text.Substring(0, text.Length - typographic.Length);
                stripped = true;
            }
        }
        return text;
    }

    private static bool StartsWithTypographicQuote(string written) => written.Length > 0 && Array.IndexOf(TypographicChars, written[0]) >= 0;

    private static bool EndsWithTypographicQuote(string written) => written.Length > 0 && Array.IndexOf(TypographicChars, written[written.Length - 1]) >= 0;

    /// <summary>Removes the typographic quotes (UTF-8 octets) at one end of a word.</summary>
    private static string StripTypographic(string word, bool atStart)
    {
        foreach (var q in TypographicQuotes)
        {
            if (atStart && word.StartsWith(q, StringComparison.Ordinal)) return StripTypographic(word.Substring(q.Length), true);
            if (!atStart && word.EndsWith(q, StringComparison.Ordinal)) return StripTypographic(word.Substring(0, word.Length - q.Length), false);
        }
        return word;
    }
}
