using System;
using System.Globalization;
using System.Net;

namespace ZoneLint.Core.Spf;

/// <summary>The arguments of each mechanism (RFC 7208 §5, ABNF in §12).</summary>
public static partial class SpfRecordParser
{
    /// <summary>Parses what follows a mechanism's name; returns why it is not valid, or null.</summary>
    private static string? ParseMechanism(
        SpfMechanismKind kind, string name, string rest, out SpfMacroString? domain, out IPAddress? network, out int? ip4, out int? ip6)
    {
        domain = null;
        network = null;
        ip4 = ip6 = null;
        switch (kind)
        {
            case SpfMechanismKind.All:
                if (rest.Length == 0) return null;
                return rest[0] == '/' ? "all takes no prefix length (RFC 7208 §5.1)"
                    : rest[0] == ':' ? "all takes no domain (RFC 7208 §5.1)"
                    : $"all takes nothing after it, but '{Show(rest)}' follows (RFC 7208 §5.1)";
            case SpfMechanismKind.Include:
            case SpfMechanismKind.Exists:
                if (rest.Length == 0 || rest == ":") return $"{name} needs a domain, as in {name}:_spf.example.com (RFC 7208 §5)";
                if (rest[0] == '/') return $"{name} takes no prefix length (RFC 7208 §5)";
                if (rest[0] != ':') return $"{name} must be followed by ':' and a domain (RFC 7208 §5)";
                return ParseTarget(name, rest.Substring(1), allowCidr: false, out domain);
            case SpfMechanismKind.Ptr:
                if (rest.Length == 0) return null;
                if (rest[0] == '/') return "ptr takes no prefix length (RFC 7208 §5.5)";
                if (rest[0] != ':') return "ptr may be followed only by ':' and a domain (RFC 7208 §5.5)";
                if (rest.Length == 1) return "ptr: needs a domain after ':' (RFC 7208 §5.5)";
                return ParseTarget(name, rest.Substring(1), allowCidr: false, out domain);
            case SpfMechanismKind.A:
            case SpfMechanismKind.Mx:
                return ParseHostMechanism(name, rest, out domain, out ip4, out ip6);
            case SpfMechanismKind.Ip4:
                return ParseNetwork(name, rest, 32, out network, out ip4);
            default:
                return ParseNetwork(name, rest, 128, out network, out ip6);
        }
    }

    /// <summary>a and mx (§5.3, §5.4): [ ":" domain-spec ] [ dual-cidr-length ].</summary>
    private static string? ParseHostMechanism(string name, string rest, out SpfMacroString? domain, out int? ip4, out int? ip6)
    {
        domain = null;
        ip4 = ip6 = null;
        if (rest.Length == 0) return null;
        if (rest[0] != ':' && rest[0] != '/') return $"{name} may be followed only by ':' and a domain, or a prefix length (RFC 7208 §5)";
        SplitDualCidr(rest, out string body, out string? v4, out string? v6);
        int extra = DigitsStart(body);
        if (extra >= 1 && extra < body.Length && body[extra - 1] == '/' && (v4 != null || v6 != null))
            return $"'{Show(rest.Substring(extra - 1))}' is not a valid prefix length: write {name}/24 for IPv4, {name}//64 for IPv6, or {name}/24//64 for both (RFC 7208 §5.6)";
        if (v4 != null)
        {
            string? why = ParsePrefix(v4, 32, "ip4", out ip4);
            if (why != null) return ip4 is > 32 and <= 128 && v6 == null ? why + $"; an IPv6 length follows '//', as in {name}//{v4}" : why;
        }
        if (v6 != null)
        {
            string? why = ParsePrefix(v6, 128, "ip6", out ip6);
            if (why != null) return why;
        }
        if (rest[0] == '/')
        {
            if (body.Length == 0) return null;
            return $"'{Show(rest)}' is not a valid prefix length: write {name}/24 for IPv4, {name}//64 for IPv6, or {name}/24//64 for both (RFC 7208 §5.6)";
        }
        if (body.Length == 1) return $"{name}: needs a domain after ':' (RFC 7208 §5)";
        return ParseTarget(name, body.Substring(1), allowCidr: true, out domain);
    }

    private static string? ParseTarget(string name, string text, bool allowCidr, out SpfMacroString? domain)
    {
        domain = SpfMacroParser.ParseDomainSpec(text, out var error);
        if (error == null) return null;
        string body = StripCidr(text);
        if (LooksLikeAddress(text, out string? mechanism))
            return $"'{text}' is an address, not a domain; write {mechanism}:{text} (RFC 7208 §5.6)";
        if (!allowCidr && body != text && SpfMacroParser.ParseDomainSpec(body, out _) != null)
            return $"{name} takes no prefix length (RFC 7208 §5)";
        return error.Message;
    }

    /// <summary>ip4 and ip6 (§5.6): ":" network [ cidr-length ], one length only.</summary>
    private static string? ParseNetwork(string name, string rest, int max, out IPAddress? network, out int? prefix)
    {
        network = null;
        prefix = null;
        string example = max == 32 ? "ip4:192.0.2.0/24" : "ip6:2001:db8::/32";
        if (rest.Length == 0) return $"{name} needs an address, as in {example} (RFC 7208 §5.6)";
        if (rest[0] != ':') return $"{name} must be followed by ':' and an address, as in {example} (RFC 7208 §5.6)";
        if (rest.Length == 1) return $"{name}: needs an address right after ':', with no space (RFC 7208 §5.6)";
        string text = rest.Substring(1);
        int slash = text.IndexOf('/');
        string address = slash < 0 ? text : text.Substring(0, slash);
        string? why = max == 32 ? Ip4Problem(address) : Ip6Problem(address);
        if (why != null) return why;
        network = ParseAddress(address);
        if (slash < 0) return null;
        string length = text.Substring(slash + 1);
        if (length.StartsWith("/", StringComparison.Ordinal))
            return $"{name} takes one prefix length, as in {example}; '//' is for the IPv6 length of a and mx (RFC 7208 §5.6)";
        return ParsePrefix(length, max, name, out prefix);
    }

    /// <summary>§12 ip4-cidr-length and ip6-cidr-length: no leading zero, at most 32 or 128.</summary>
    private static string? ParsePrefix(string digits, int max, string family, out int? value)
    {
        value = null;
        if (digits.Length == 0) return $"{family} prefix length is missing after '/'";
        foreach (char c in digits)
        {
            if (c < '0' || c > '9') return $"{family} prefix length '{Show(digits)}' is not a number";
        }
        int parsed = digits.Length > 4 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);
        if (parsed > max)
        {
            value = parsed;
            return $"{family} prefix length {(digits.Length > 4 ? digits : parsed.ToString(CultureInfo.InvariantCulture))} is over {max}";
        }
        if (digits.Length > 1 && digits[0] == '0') return $"{family} prefix length '{digits}' has a leading zero (RFC 7208 §12)";
        value = parsed;
        return null;
    }

    /// <summary>Splits `[/ip4][//ip6]` off the end; the lengths are returned unchecked (possibly empty).</summary>
    private static void SplitDualCidr(string text, out string body, out string? ip4, out string? ip6)
    {
        ip4 = ip6 = null;
        int k = DigitsStart(text);
        if (k >= 2 && text[k - 1] == '/' && text[k - 2] == '/')
        {
            ip6 = text.Substring(k);
            text = text.Substring(0, k - 2);
            k = DigitsStart(text);
        }
        if (k >= 1 && text[k - 1] == '/')
        {
            ip4 = text.Substring(k);
            text = text.Substring(0, k - 1);
        }
        body = text;
    }

    private static string StripCidr(string text)
    {
        SplitDualCidr(text, out string body, out _, out _);
        return body;
    }

    private static int DigitsStart(string text)
    {
        int k = text.Length;
        while (k > 0 && text[k - 1] >= '0' && text[k - 1] <= '9') k--;
        return k;
    }

    /// <summary>A bare address (with an optional prefix length) written where a mechanism or domain belongs.</summary>
    private static bool LooksLikeAddress(string text, out string? mechanism)
    {
        int slash = text.IndexOf('/');
        string address = slash < 0 ? text : text.Substring(0, slash);
        mechanism = Ip4Problem(address) == null ? "ip4" : address.IndexOf(':') >= 0 && Ip6Problem(address) == null ? "ip6" : null;
        return mechanism != null;
    }

    /// <summary>§12 ip4-network: four qnums, no leading zeros; null when valid.</summary>
    internal static string? Ip4Problem(string address)
    {
        if (IsDottedQuad(address)) return null;
        if (address.IndexOf(':') >= 0)
        {
            if (Ip6Problem(address) == null) return $"'{address}' is an IPv6 address; use ip6:{address}";
            int colon = address.IndexOf(':');
            if (Ip4Problem(address.Substring(0, colon)) == null) return $"'{address}' holds a port ({address.Substring(colon)}), which has no place in SPF";
        }
        string[] parts = address.Split('.');
        foreach (string part in parts)
        {
            if (part.Length == 0 || part.Length > 3 || !IsDigits(part)) return $"'{Show(address)}' is not an IPv4 address";
        }
        if (parts.Length != 4)
            return parts.Length < 4 ? $"'{address}' has {parts.Length} of the 4 numbers of an IPv4 address; write a network as {string.Join(".", parts)}{string.Concat(System.Linq.Enumerable.Repeat(".0", 4 - parts.Length))}/{8 * parts.Length}"
                : $"'{address}' is not an IPv4 address";
        foreach (string part in parts)
        {
            if (part.Length > 1 && part[0] == '0') return $"'{address}': '{part}' has a leading zero (RFC 7208 §12)";
            if (int.Parse(part, CultureInfo.InvariantCulture) > 255) return $"'{address}': {part} is over 255";
        }
        return null;
    }

    /// <summary>Four numbers of 1 to 3 digits, each at most 255 and with no leading zero: the valid case, read without splitting.</summary>
    private static bool IsDottedQuad(string address)
    {
        int numbers = 0;
        for (int i = 0; ; i++)
        {
            int start = i, value = 0;
            while (i < address.Length && address[i] >= '0' && address[i] <= '9' && i - start < 3) value = value * 10 + (address[i++] - '0');
            int digits = i - start;
            if (digits == 0 || (digits > 1 && address[start] == '0') || value > 255) return false;
            if (++numbers == 4) return i == address.Length;
            if (i >= address.Length || address[i] != '.') return false;
        }
    }

    /// <summary>RFC 4291 §2.2 text forms: eight groups, one `::`, an IPv4 tail; null when valid.</summary>
    internal static string? Ip6Problem(string address)
    {
        string bad = $"'{Show(address)}' is not an IPv6 address (RFC 4291 §2.2)";
        if (address.IndexOf(':') < 0) return Ip4Problem(address) == null ? $"'{address}' is an IPv4 address; use ip4:{address}" : bad;
        int compressed = address.IndexOf("::", StringComparison.Ordinal);
        if (compressed >= 0 && address.IndexOf("::", compressed + 1, StringComparison.Ordinal) >= 0) return bad + ": '::' may appear once";
        int groups;
        if (compressed < 0)
        {
            groups = CountGroups(address);
            return groups == 8 ? null : bad;
        }
        string left = address.Substring(0, compressed), right = address.Substring(compressed + 2);
        int leftGroups = left.Length == 0 ? 0 : CountGroups(left, allowIp4Tail: false);
        int rightGroups = right.Length == 0 ? 0 : CountGroups(right);
        if (leftGroups < 0 || rightGroups < 0) return bad;
        return leftGroups + rightGroups <= 7 ? null : bad;
    }

    /// <summary>Groups of 1-4 hex digits separated by ':' (the last may be a dotted quad, counting 2); -1 when malformed.</summary>
    private static int CountGroups(string text, bool allowIp4Tail = true)
    {
        string[] parts = text.Split(':');
        int count = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (allowIp4Tail && i == parts.Length - 1 && part.IndexOf('.') >= 0)
            {
                if (Ip4Problem(part) != null) return -1;
                count += 2;
                continue;
            }
            if (part.Length == 0 || part.Length > 4) return -1;
            foreach (char c in part)
            {
                if (!Uri.IsHexDigit(c)) return -1;
            }
            count++;
        }
        return count;
    }

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
