using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>The values macros expand to during one check_host() (RFC 7208 §7.2), apart from the current domain.</summary>
public sealed class SpfMacroValues
{
    private readonly Func<DomainName, string> _validatedName;

    /// <param name="validatedName">`%{p}` for a current domain: a validated name of the client (§5.5), else "unknown".</param>
    public SpfMacroValues(
        IPAddress ip, string sender, string? helo, string receivingDomain, DateTimeOffset now, Func<DomainName, string>? validatedName = null)
    {
        Ip = ip;
        // §4.3: a sender without a local-part is postmaster at its domain.
        int at = sender.LastIndexOf('@');
        LocalPart = at <= 0 ? "postmaster" : sender.Substring(0, at);
        SenderDomain = at < 0 ? sender : sender.Substring(at + 1);
        Sender = LocalPart + "@" + SenderDomain;
        Helo = string.IsNullOrEmpty(helo) ? "unknown" : helo!;
        ReceivingDomain = receivingDomain;
        Now = now;
        _validatedName = validatedName ?? (_ => "unknown");
    }

    public IPAddress Ip { get; }

    /// <summary>`%{s}`: the sender as `local-part@domain`.</summary>
    public string Sender { get; }

    public string LocalPart { get; }

    public string SenderDomain { get; }

    public string Helo { get; }

    public string ReceivingDomain { get; }

    public DateTimeOffset Now { get; }

    internal string ValidatedName(DomainName domain) => _validatedName(domain);
}

/// <summary>Expands macro-strings (RFC 7208 §7.3): transformers, delimiters, URL escaping of upper-case letters.</summary>
public static class SpfMacroExpander
{
    /// <summary>
    /// The expansion, or null with the reason when a macro is not allowed here (`%{c}`, `%{r}`, `%{t}` outside
    /// explanation text, §7.2) or is invalid.
    /// </summary>
    public static string? Expand(SpfMacroString text, DomainName domain, SpfMacroValues context, bool explanation, out string? error)
    {
        error = null;
        var sb = new StringBuilder();
        foreach (var part in text.Parts)
        {
            if (part is SpfLiteral literal)
            {
                sb.Append(literal.Text);
                continue;
            }
            var macro = (SpfMacro)part;
            char letter = char.ToLowerInvariant(macro.Letter);
            if (!explanation && letter is 'c' or 'r' or 't')
            {
                error = $"%{{{macro.Letter}}} is only allowed in explanation text (RFC 7208 §7.2)";
                return null;
            }
            if (macro.Digits == 0)
            {
                error = $"%{{{macro.Letter}0}} asks for zero parts (RFC 7208 §7.3)";
                return null;
            }
            string? value = Value(letter, domain, context);
            if (value == null)
            {
                error = $"'{macro.Letter}' is not a macro letter (RFC 7208 §7.2)";
                return null;
            }
            value = Transform(value, macro);
            sb.Append(macro.UrlEscape || char.IsUpper(macro.Letter) ? UrlEscape(value) : value);
        }
        return sb.ToString();
    }

    private static string? Value(char letter, DomainName domain, SpfMacroValues context) => letter switch
    {
        's' => context.Sender,
        'l' => context.LocalPart,
        'o' => context.SenderDomain,
        'd' => SpfNames.ToText(domain),
        'i' => SpfNames.DottedAddress(context.Ip),
        'p' => context.ValidatedName(domain),
        'v' => context.Ip.AddressFamily == AddressFamily.InterNetworkV6 ? "ip6" : "in-addr",
        'h' => context.Helo,
        'c' => context.Ip.ToString(),
        'r' => context.ReceivingDomain,
        't' => context.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Split on the delimiters (default '.'), reverse, keep the right-hand parts, join with '.'.</summary>
    private static string Transform(string value, SpfMacro macro)
    {
        if (macro.Digits == null && !macro.Reverse && macro.Delimiters.Length == 0) return value;
        var delimiters = macro.Delimiters.Length == 0 ? new[] { '.' } : macro.Delimiters.ToCharArray();
        var parts = new List<string>(value.Split(delimiters));
        if (macro.Reverse) parts.Reverse();
        if (macro.Digits is int digits && digits < parts.Count) parts.RemoveRange(0, parts.Count - digits);
        return string.Join(".", parts);
    }

    /// <summary>RFC 7208 §7.3: every character outside the URI unreserved set becomes %XX of its UTF-8 octets.</summary>
    public static string UrlEscape(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            bool unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
            if (unreserved) sb.Append((char)b);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
