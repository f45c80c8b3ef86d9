using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>What the SPF syntax rules share: which records they look at, and how a corrected line is written.</summary>
internal static class SpfZoneText
{
    /// <summary>The SPF records the one-record rules check: selected by §4.5, quoting intact, not a repeat.</summary>
    public static IReadOnlyList<(SpfCandidate Candidate, SpfRecord Record)> CheckedRecords(ZoneContext context) =>
        SpfRecordSets.Checked(context);

    /// <summary>The zone-file line that publishes <paramref name="text"/> for <paramref name="record"/>'s owner.</summary>
    public static string Line(ResourceRecord record, string text, string? typeName = null)
    {
        var sb = new StringBuilder(Owner(record));
        if (record.TtlText != null) sb.Append(' ').Append(record.TtlText);
        sb.Append(' ').Append(RRClass.ToName(record.Class)).Append(' ').Append(typeName ?? record.TypeName).Append(' ');
        var strings = Quote(text);
        sb.Append(strings.Count == 1 ? strings[0] : "( " + string.Join(" ", strings) + " )");
        return sb.ToString();
    }

    /// <summary>The owner as it is best written: `@` for the origin, relative below it, absolute elsewhere.</summary>
    public static string Owner(ResourceRecord record)
    {
        if (record.Owner.Equals(record.Origin)) return "@";
        if (record.Owner.IsSubdomainOf(record.Origin) && !record.Origin.IsRoot)
            return DomainName.FromLabels(record.Owner.Labels.Take(record.Owner.LabelCount - record.Origin.LabelCount)).ToString().TrimEnd('.');
        return record.Owner.ToString();
    }

    /// <summary>
    /// The text as quoted character-strings of at most 255 octets (RFC 1035 §3.3), split after a space so no two
    /// terms are glued when the strings are joined again.
    /// </summary>
    public static IReadOnlyList<string> Quote(string octets)
    {
        var result = new List<string>();
        int at = 0;
        do
        {
            int length = octets.Length - at;
            if (length > 255)
            {
                int space = octets.LastIndexOf(' ', at + 254, 255);
                length = space > at ? space + 1 - at : 255;
            }
            result.Add("\"" + Escape(octets.Substring(at, length)) + "\"");
            at += length;
        }
        while (at < octets.Length);
        return result;
    }

    /// <summary>Octets as they are written inside a quoted string: UTF-8 shown as text, `"` and `\` escaped, controls as \DDD.</summary>
    public static string Escape(string octets)
    {
        var sb = new StringBuilder(octets.Length);
        foreach (char c in octets)
        {
            if (c == '"' || c == '\\') sb.Append('\\');
            sb.Append(c);
        }
        return SpfRecordParser.Show(sb.ToString());
    }

    /// <summary>The text in double quotes for a message, long texts shortened in the middle.</summary>
    public static string Shown(string octets, int max = 120)
    {
        string shown = SpfRecordParser.Show(octets);
        if (shown.Length > max) shown = shown.Substring(0, max / 2 - 2) + " ... " + shown.Substring(shown.Length - (max / 2 - 3));
        return "\"" + shown + "\"";
    }

    /// <summary>ZL1006 (pasted characters) already reported inside the span: say it once, where the lexer said it.</summary>
    public static bool HasPastedCharacters(ZoneContext context, SourceSpan span) =>
        context.Diagnostics.Any(d => d.Id == RuleIds.PastedCharacters && d.Span.File == span.File && d.Span.Start < span.End && span.Start < d.Span.End);

    public static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };

    /// <summary>The words of a record with their offsets (terms are separated by spaces, §4.6.1).</summary>
    public static IEnumerable<(int Start, int End)> Words(string text)
    {
        for (int i = 0; i < text.Length;)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && text[i] != ' ') i++;
            yield return (start, i);
        }
    }
}
