using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Spf.Accounting;

/// <summary>
/// Expands a domain-spec without a message (RFC 7208 §7): only %{d}, the domain being checked, is known in advance;
/// every other macro (%{s} %{l} %{o} %{i} %{p} %{v} %{h}) depends on the mail, so the target is unknowable.
/// </summary>
public static class DomainSpecExpander
{
    /// <summary>
    /// The target of <paramref name="spec"/> checked for <paramref name="current"/>; null when it depends on the message
    /// (<paramref name="macros"/> then lists them, e.g. "%{l}") or is no valid name (<paramref name="error"/>).
    /// </summary>
    public static DomainName? Expand(SpfMacroString spec, DomainName current, out string? macros, out string? error)
    {
        macros = null;
        error = null;
        var unknown = spec.Parts.OfType<SpfMacro>().Where(m => char.ToLowerInvariant(m.Letter) != 'd').ToList();
        if (unknown.Count > 0)
        {
            macros = string.Join(", ", unknown.Select(m => $"%{{{m.Letter}}}").Distinct());
            return null;
        }
        var text = new StringBuilder();
        foreach (var part in spec.Parts)
        {
            if (part is SpfLiteral literal) text.Append(literal.Text);
            else if (part is SpfMacro macro) text.Append(ExpandDomain(macro, current));
        }
        return SpfNames.TryParse(text.ToString(), out error);
    }

    /// <summary>§7.3: split on the delimiters, reverse with r, keep the rightmost N parts, join with dots.</summary>
    private static string ExpandDomain(SpfMacro macro, DomainName current)
    {
        string value = SpfNames.ToText(current);
        var delimiters = string.IsNullOrEmpty(macro.Delimiters) ? new[] { '.' } : macro.Delimiters.ToCharArray();
        IEnumerable<string> parts = value.Split(delimiters);
        if (macro.Reverse) parts = parts.Reverse();
        var list = parts.ToList();
        if (macro.Digits is int digits && digits > 0 && digits < list.Count) list = list.Skip(list.Count - digits).ToList();
        string result = string.Join(".", list);
        return macro.UrlEscape ? UrlEscape(result) : result;
    }

    /// <summary>RFC 3986 escaping of everything but the unreserved characters, as §7.3 asks for upper-case macro letters.</summary>
    private static string UrlEscape(string value)
    {
        var sb = new StringBuilder();
        foreach (char c in value)
        {
            bool unreserved = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~';
            if (unreserved) sb.Append(c);
            else sb.Append('%').Append(((int)c & 0xFF).ToString("X2"));
        }
        return sb.ToString();
    }
}
