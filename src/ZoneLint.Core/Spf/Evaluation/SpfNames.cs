using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>Domain names as SPF writes them: plain text, dots between labels, no escapes and no trailing dot.</summary>
public static class SpfNames
{
    /// <summary>RFC 7208 §7.3: an expanded name longer than this loses labels from the left.</summary>
    public const int MaxTextLength = 253;

    /// <summary>The name as text, one char per octet (so it round-trips through <see cref="TryParse"/>).</summary>
    public static string ToText(DomainName name)
    {
        if (name.IsRoot) return ".";
        var sb = new StringBuilder();
        foreach (var label in name.Labels)
        {
            if (sb.Length > 0) sb.Append('.');
            foreach (var b in label) sb.Append((char)b);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A target name from macro-expanded text (RFC 7208 §4.8, §7.3): one trailing dot ignored, labels removed from
    /// the left while it is over 253 characters. Null, with the reason, for a name no DNS query can carry
    /// (an empty label, a label over 63 octets).
    /// </summary>
    public static DomainName? TryParse(string text, out string? error)
    {
        error = null;
        if (text.EndsWith(".", System.StringComparison.Ordinal)) text = text.Substring(0, text.Length - 1);
        while (text.Length > MaxTextLength)
        {
            int dot = text.IndexOf('.');
            if (dot < 0) break;
            text = text.Substring(dot + 1);
        }
        if (text.Length == 0)
        {
            error = "the name is empty";
            return null;
        }
        var labels = new List<byte[]>();
        foreach (var part in text.Split('.'))
        {
            if (part.Length == 0)
            {
                error = $"'{text}' has an empty label";
                return null;
            }
            var label = Octets(part);
            if (label.Length > DomainName.MaxLabelLength)
            {
                error = $"'{text}' has a label over {DomainName.MaxLabelLength} octets";
                return null;
            }
            labels.Add(label);
        }
        var name = DomainName.FromLabels(labels);
        if (name.WireLength > DomainName.MaxNameLength)
        {
            error = $"'{text}' is over {DomainName.MaxNameLength} octets";
            return null;
        }
        return name;
    }

    /// <summary>
    /// RFC 7208 §4.3: the domain check_host() starts from must be a fully qualified name; a single label, or a last
    /// label that is no toplabel (all digits, a domain literal `[192.0.2.1]`), gives `none`.
    /// </summary>
    public static string? CheckInitialDomain(DomainName domain)
    {
        if (domain.LabelCount < 2) return $"'{ToText(domain)}' is not a fully qualified domain name";
        var top = domain.Labels[domain.LabelCount - 1];
        return IsTopLabel(top) ? null : $"'{ToText(domain)}' does not end in a valid top-level label";
    }

    /// <summary>RFC 7208 §7.1 toplabel: alphanumerics with at least one letter, dashes inside only.</summary>
    public static bool IsTopLabel(byte[] label)
    {
        if (label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-') return false;
        bool letter = false;
        foreach (var b in label)
        {
            bool alpha = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            if (!alpha && !(b >= '0' && b <= '9') && b != '-') return false;
            letter |= alpha;
        }
        return letter;
    }

    /// <summary>The name a PTR query asks for (RFC 1035 §3.5, RFC 3596 §2.5).</summary>
    public static DomainName ReverseName(IPAddress ip)
    {
        var labels = new List<byte[]>();
        foreach (var part in DottedAddress(ip, reverse: true).Split('.')) labels.Add(Encoding.ASCII.GetBytes(part));
        labels.Add(Encoding.ASCII.GetBytes(ip.AddressFamily == AddressFamily.InterNetworkV6 ? "ip6" : "in-addr"));
        labels.Add(Encoding.ASCII.GetBytes("arpa"));
        return DomainName.FromLabels(labels);
    }

    /// <summary>RFC 7208 §7.3 `%{i}`: dotted quad, or 32 dotted upper-case nibbles for IPv6.</summary>
    public static string DottedAddress(IPAddress ip, bool reverse = false)
    {
        var bytes = ip.GetAddressBytes();
        var parts = new List<string>();
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            foreach (var b in bytes)
            {
                parts.Add("0123456789ABCDEF"[b >> 4].ToString());
                parts.Add("0123456789ABCDEF"[b & 15].ToString());
            }
        }
        else
        {
            foreach (var b in bytes) parts.Add(b.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (reverse) parts.Reverse();
        return string.Join(".", parts);
    }

    /// <summary>One octet per char below 256 (text from DNS is already octets); UTF-8 for anything above.</summary>
    internal static byte[] Octets(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x100)
            {
                bytes.Add((byte)c);
                continue;
            }
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
            i += length - 1;
        }
        return bytes.ToArray();
    }
}
