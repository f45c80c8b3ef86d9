using System;
using System.Collections.Generic;

namespace ZoneLint.Core.Rules.Mail;

/// <summary>One `name=value` of a tag list; offsets are into the joined record text, the value without surrounding white space.</summary>
internal sealed record Tag(string Name, string Value, int NameStart, int NameEnd, int EqualsAt, int ValueStart, int ValueEnd)
{
    /// <summary>White space stands between the name and `=` or between `=` and the value (DKIM allows it, MTA-STS and TLS-RPT do not).</summary>
    public bool SpaceAroundEquals => NameEnd != EqualsAt || (ValueStart != EqualsAt + 1 && Value.Length > 0);
}

/// <summary>A mistake in a tag list, at offsets into the joined record text.</summary>
internal sealed record TagProblem(int Start, int End, string Message);

/// <summary>
/// The tag=value list of DKIM key records (RFC 6376 §3.2), which DMARC (RFC 7489 §6.4) uses too, and which the
/// MTA-STS and TLS-RPT records (RFC 8461 §3.1, RFC 8460 §3) follow more strictly: tag-specs separated by `;`, white
/// space allowed around names, `=` and values, a `;` allowed at the end, no tag twice.
/// </summary>
internal sealed class TagList
{
    private TagList(string text, List<Tag> tags, List<TagProblem> problems)
    {
        Text = text;
        Tags = tags;
        Problems = problems;
    }

    public string Text { get; }

    public IReadOnlyList<Tag> Tags { get; }

    /// <summary>Syntax errors: a spec with no `=`, a bad name, a character a value may not hold, a tag given twice.</summary>
    public IReadOnlyList<TagProblem> Problems { get; }

    /// <summary>The first tag of this name (names compared with <paramref name="comparison"/>), or null.</summary>
    public Tag? Find(string name, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var tag in Tags)
        {
            if (string.Equals(tag.Name, name, comparison)) return tag;
        }
        return null;
    }

    public static bool IsWhiteSpace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

    /// <param name="ignoreCase">DMARC's ABNF writes tag names as case-insensitive strings; DKIM's are case-sensitive (RFC 6376 §3.2).</param>
    /// <param name="isName">What a tag name may be; by default RFC 6376's tag-name.</param>
    public static TagList Parse(string text, bool ignoreCase, Func<string, bool>? isName = null)
    {
        var tags = new List<Tag>();
        var problems = new List<TagProblem>();
        var seen = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (int start = 0; start <= text.Length;)
        {
            int end = text.IndexOf(';', start);
            if (end < 0) end = text.Length;
            var spec = ParseSpec(text, start, end, problems, isName ?? IsTagName);
            if (spec != null)
            {
                if (seen.Add(spec.Name)) tags.Add(spec);
                else problems.Add(new TagProblem(spec.NameStart, spec.NameEnd,
                    $"the tag '{spec.Name}' is given twice, which makes the whole record invalid"));
            }
            start = end + 1;
        }
        return new TagList(text, tags, problems);
    }

    private static Tag? ParseSpec(string text, int start, int end, List<TagProblem> problems, Func<string, bool> isName)
    {
        int first = start, last = end;
        while (first < last && IsWhiteSpace(text[first])) first++;
        while (last > first && IsWhiteSpace(text[last - 1])) last--;
        // An empty spec (a `;` at the end, or `;;`): receivers skip it, so it is no finding.
        if (first == last) return null;
        int equals = text.IndexOf('=', first, last - first);
        if (equals < 0)
        {
            problems.Add(new TagProblem(first, last, $"'{text.Substring(first, last - first)}' is not a tag=value pair"));
            return null;
        }
        int nameEnd = equals;
        while (nameEnd > first && IsWhiteSpace(text[nameEnd - 1])) nameEnd--;
        string name = text.Substring(first, nameEnd - first);
        if (!isName(name))
        {
            problems.Add(new TagProblem(first, Math.Max(nameEnd, equals + 1),
                name.Length == 0 ? "a value with no tag name before '='" : $"'{name}' is not a tag name"));
            return null;
        }
        int valueStart = equals + 1;
        while (valueStart < last && IsWhiteSpace(text[valueStart])) valueStart++;
        for (int i = valueStart; i < last; i++)
        {
            char c = text[i];
            if (IsWhiteSpace(c) || (c >= 0x21 && c <= 0x7E)) continue;
            problems.Add(new TagProblem(i, i + 1, $"the value of '{name}' holds the character {Show(c)}, which a tag value may not hold (RFC 6376 §3.2)"));
            return null;
        }
        return new Tag(name, text.Substring(valueStart, last - valueStart), first, nameEnd, equals, valueStart, last);
    }

    /// <summary>tag-name = ALPHA *ALNUMPUNC (RFC 6376 §3.2).</summary>
    private static bool IsTagName(string name)
    {
        if (name.Length == 0 || !IsAlpha(name[0])) return false;
        foreach (char c in name)
        {
            if (!IsAlpha(c) && !IsDigit(c) && c != '_') return false;
        }
        return true;
    }

    public static bool IsAlpha(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static string Show(char c) => c < 0x20 || c > 0x7E ? $"\\{(int)c:D3}" : $"'{c}'";
}
