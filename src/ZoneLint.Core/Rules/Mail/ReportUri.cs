using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Mail;

/// <summary>
/// One URI of a report list (DMARC rua/ruf, RFC 7489 §6.4; TLS-RPT rua, RFC 8460 §3): where it stands in the record
/// text, its scheme and, for `mailto:`, the domain of the address; <see cref="Error"/> says what is wrong with it.
/// </summary>
internal sealed record ReportUri(int Start, int End, string Text, string? Scheme, DomainName? MailDomain, string? Error)
{
    /// <summary>
    /// Splits a list of URIs separated by commas (white space allowed around them) and checks each: a URI with a
    /// scheme in <paramref name="schemes"/> (any, when none is given), a `mailto:` with an address, and for DMARC an optional `!size[kmgt]`.
    /// </summary>
    public static List<ReportUri> ParseList(string text, int start, int end, bool allowSize, params string[] schemes)
    {
        var result = new List<ReportUri>();
        for (int at = start; at <= end;)
        {
            int comma = text.IndexOf(',', at, end - at);
            if (comma < 0) comma = end;
            int first = at, last = comma;
            while (first < last && TagList.IsWhiteSpace(text[first])) first++;
            while (last > first && TagList.IsWhiteSpace(text[last - 1])) last--;
            string uri = text.Substring(first, last - first);
            result.Add(Check(uri, first, last, allowSize, schemes));
            at = comma + 1;
        }
        return result;
    }

    private static ReportUri Check(string uri, int start, int end, bool allowSize, string[] schemes)
    {
        ReportUri Bad(string error, string? scheme = null) => new(start, end, uri, scheme, null, error);
        if (uri.Length == 0) return Bad("an empty URI in the list");
        string body = uri;
        int bang = uri.IndexOf('!');
        if (bang >= 0)
        {
            // RFC 7489 §6.4: dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]; a '!' in the URI itself must be %21.
            if (!allowSize) return Bad($"'{uri}' holds a '!', which a URI here may not hold unencoded (%21)");
            if (!IsSize(uri.Substring(bang + 1))) return Bad($"'{uri.Substring(bang)}' is not a size limit: write '!' and a number with an optional unit k, m, g or t, e.g. !10m");
            body = uri.Substring(0, bang);
        }
        int colon = body.IndexOf(':');
        if (colon <= 0 || !IsScheme(body.Substring(0, colon)))
        {
            return body.IndexOf('@') > 0
                ? Bad($"'{body}' is an address, not a URI: write 'mailto:{body}'")
                : Bad($"'{body}' is not a URI: write 'mailto:' and an address");
        }
        string scheme = body.Substring(0, colon).ToLowerInvariant();
        foreach (char c in body)
        {
            if (c <= 0x20 || c >= 0x7F) return Bad($"'{body}' holds {TagList.Show(c)}, which a URI may not hold unencoded", scheme);
        }
        if (schemes.Length > 0 && System.Array.IndexOf(schemes, scheme) < 0)
            return Bad($"'{body}' has the scheme '{scheme}:', but only {string.Join(" and ", System.Array.ConvertAll(schemes, s => "'" + s + ":'"))} are defined here", scheme);
        string rest = body.Substring(colon + 1);
        if (scheme != "mailto" && scheme != "https") return new ReportUri(start, end, uri, scheme, null, null);
        if (scheme == "https")
        {
            string host = rest.StartsWith("//", System.StringComparison.Ordinal) ? rest.Substring(2).Split('/', '?', '#', ':')[0] : "";
            return host.Length == 0 || !IsHostName(host)
                ? Bad($"'{body}' has no host: write 'https://' and the host, e.g. https://tlsrpt.example.net/reports", scheme)
                : new ReportUri(start, end, uri, scheme, null, null);
        }
        // RFC 6068: mailto:addr-spec[?headers]; the domain of the (first) address is where the reports go.
        string address = rest.Split('?')[0].Split(',')[0];
        int at = address.LastIndexOf('@');
        string domain = at < 0 ? "" : address.Substring(at + 1);
        if (at <= 0 || !IsHostName(domain))
            return Bad($"'{body}' has no mail address: write 'mailto:' and an address, e.g. mailto:dmarc-reports@example.com", scheme);
        return new ReportUri(start, end, uri, scheme, DomainName.Parse(domain.TrimEnd('.') + "."), null);
    }

    private static bool IsSize(string text)
    {
        int digits = 0;
        while (digits < text.Length && TagList.IsDigit(text[digits])) digits++;
        if (digits == 0) return false;
        return digits == text.Length || (digits == text.Length - 1 && "kmgtKMGT".IndexOf(text[digits]) >= 0);
    }

    /// <summary>scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) (RFC 3986 §3.1).</summary>
    private static bool IsScheme(string text)
    {
        if (!TagList.IsAlpha(text[0])) return false;
        foreach (char c in text)
        {
            if (!TagList.IsAlpha(c) && !TagList.IsDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return true;
    }

    /// <summary>A host name of letters, digits, '-' and '_' labels of 1 to 63 characters, with at least two labels.</summary>
    internal static bool IsHostName(string text)
    {
        string name = text.EndsWith(".", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
        if (name.Length == 0 || name.Length > 253) return false;
        var labels = name.Split('.');
        if (labels.Length < 2) return false;
        foreach (var label in labels)
        {
            if (label.Length == 0 || label.Length > 63) return false;
            foreach (char c in label)
            {
                if (!TagList.IsAlpha(c) && !TagList.IsDigit(c) && c != '-' && c != '_') return false;
            }
        }
        return true;
    }
}
