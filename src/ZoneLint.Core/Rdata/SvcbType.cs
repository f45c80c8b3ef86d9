using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// SVCB and HTTPS (RFC 9460 §2.1): priority, target, then SvcParams `key[=value]` in any order, written to wire in
/// increasing key order. A value is a character-string first (escapes decoded, quotes optional), then read per key;
/// the lists of alpn undo a second level of escaping, `\,` and `\\` (Appendix A.1).
/// </summary>
internal static class SvcbType
{
    private const int Mandatory = 0, Alpn = 1, NoDefaultAlpn = 2, Port = 3, Ipv4Hint = 4, Ech = 5, Ipv6Hint = 6, DohPath = 7, Ohttp = 8;

    private static readonly string[] KeyNames = { "mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint", "dohpath", "ohttp" };

    private static readonly Regex DnsVariable = new(@"\{[?&]?([^}]*,)?dns(,[^}]*)?\}", RegexOptions.CultureInvariant);

    public static void Read(RdataReader r)
    {
        r.UInt16("priority");
        r.Name("target");
        if (r is WireRdataReader wire)
        {
            ReadWireParams(wire);
            return;
        }
        var text = (TextRdataReader)r;
        var parameters = new SortedDictionary<int, byte[]>();
        var mandatory = new List<(int Key, SourceSpan Span)>();
        var keySpans = new Dictionary<int, SourceSpan>();
        while (!text.AtEnd) ReadParam(text, parameters, mandatory, keySpans);
        if (parameters.ContainsKey(NoDefaultAlpn) && !parameters.ContainsKey(Alpn))
            throw new RdataException(keySpans[NoDefaultAlpn],
                $"invalid no-default-alpn in {text.TypeName}: without alpn it leaves the record with no protocol (RFC 9460 §7.1.1)");
        foreach (var (key, span) in mandatory)
        {
            if (!parameters.ContainsKey(key))
                throw new RdataException(span, $"invalid mandatory in {text.TypeName}: '{KeyName(key)}' is listed as mandatory but is not given (RFC 9460 §8)");
        }
        foreach (var pair in parameters)
        {
            text.WriteUInt16(pair.Key);
            text.WriteUInt16(pair.Value.Length);
            text.Wire.AddRange(pair.Value);
        }
    }

    private static void ReadParam(
        TextRdataReader text, SortedDictionary<int, byte[]> parameters, List<(int, SourceSpan)> mandatory, Dictionary<int, SourceSpan> keySpans)
    {
        var token = text.Next("SvcParam", quotedAllowed: true);
        if (token.IsQuoted) throw text.Invalid(token, "SvcParam", $"{token} is a quoted string where key=value belongs");
        int eq = token.Text.IndexOf('=');
        string keyText = eq < 0 ? token.Text : token.Text.Substring(0, eq);
        string? valueText = eq < 0 ? null : token.Text.Substring(eq + 1);
        var span = token.Span;
        // key="value": the lexer ends the word at the quote, so the quoted value is the next token, touching it.
        if (valueText == string.Empty && text.Peek() is { IsQuoted: true } quoted && quoted.Span.Start == token.Span.End)
        {
            text.Next("SvcParam value", quotedAllowed: true);
            valueText = quoted.Text;
            span = span.Union(quoted.Span);
        }
        var where = new Token(TokenKind.Word, token.Text, token.Source, span.Start, span.End);
        int key = ParseKey(text, where, keyText);
        if (parameters.ContainsKey(key)) throw text.Invalid(where, "SvcParam", $"key '{keyText}' appears twice (RFC 9460 §2.2)");
        keySpans[key] = span;
        byte[]? value = valueText == null ? null : text.Decode(new Token(TokenKind.Word, valueText, token.Source, span.Start, span.End), keyText);
        parameters[key] = keyText.StartsWith("key", StringComparison.Ordinal) ? value ?? Array.Empty<byte>() : ParseValue(text, where, key, value, mandatory);
    }

    private static int ParseKey(TextRdataReader text, Token token, string keyText)
    {
        int index = Array.IndexOf(KeyNames, keyText);
        if (index >= 0) return index;
        if (keyText.StartsWith("key", StringComparison.Ordinal) && keyText.Length > 3 && keyText.Length <= 8)
        {
            string digits = keyText.Substring(3);
            if (TextCodec.AllDigits(digits) && (digits.Length == 1 || digits[0] != '0') &&
                int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) <= ushort.MaxValue)
                return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        throw text.Invalid(token, "SvcParam", $"unknown key '{keyText}': use {string.Join(", ", KeyNames)} or keyNNNNN (RFC 9460 §14.3.2)");
    }

    private static byte[] ParseValue(TextRdataReader text, Token token, int key, byte[]? value, List<(int, SourceSpan)> mandatory)
    {
        string name = KeyNames[key];
        if (key is NoDefaultAlpn or Ohttp)
        {
            if (value != null) throw text.Invalid(token, name, $"{name} takes no value; write it alone");
            return Array.Empty<byte>();
        }
        if (value == null || value.Length == 0) throw text.Invalid(token, name, $"{name} needs a value ({name}=...)");
        string decoded = Encoding.UTF8.GetString(value);
        var output = new List<byte>();
        switch (key)
        {
            case Mandatory:
                var seen = new SortedSet<int>();
                foreach (var item in Split(text, token, name, decoded))
                {
                    int listed = ParseKey(text, token, item);
                    if (listed == Mandatory) throw text.Invalid(token, name, "mandatory cannot list itself (RFC 9460 §8)");
                    if (!seen.Add(listed)) throw text.Invalid(token, name, $"'{item}' is listed twice");
                    mandatory.Add((listed, token.Span));
                }
                foreach (int k in seen) { output.Add((byte)(k >> 8)); output.Add((byte)k); }
                break;
            case Alpn:
                foreach (var id in AlpnIds(text, token, value))
                {
                    if (id.Count > 255) throw text.Invalid(token, name, $"an ALPN ID is {id.Count} octets; at most 255 fit");
                    output.Add((byte)id.Count);
                    output.AddRange(id);
                }
                break;
            case Port:
                if (TextCodec.ParseNumber(decoded, ushort.MaxValue, out ulong port) is { } error) throw text.Invalid(token, name, error);
                output.Add((byte)(port >> 8));
                output.Add((byte)port);
                break;
            case Ipv4Hint:
            case Ipv6Hint:
                foreach (var item in Split(text, token, name, decoded))
                {
                    string? bad = key == Ipv4Hint ? TextCodec.ParseIPv4(item, output) : TextCodec.ParseIPv6(item, output);
                    if (bad != null) throw text.Invalid(token, name, bad);
                }
                break;
            case Ech:
                if (TextCodec.DecodeBase64(decoded, output) is { } badBase64) throw text.Invalid(token, name, "the ECHConfigList is not base64: " + badBase64);
                break;
            case DohPath:
                // RFC 9461 §5: a relative URI template with a "dns" variable.
                if (!decoded.StartsWith("/", StringComparison.Ordinal) || !DnsVariable.IsMatch(decoded))
                    throw text.Invalid(token, name, $"'{decoded}' is not a URI template path with a dns variable, such as /dns-query{{?dns}} (RFC 9461 §5)");
                output.AddRange(value);
                break;
        }
        return output.ToArray();
    }

    private static string[] Split(TextRdataReader text, Token token, string name, string value)
    {
        var items = value.Split(',');
        foreach (var item in items)
        {
            if (item.Length == 0) throw text.Invalid(token, name, "an item of the comma-separated list is empty");
        }
        return items;
    }

    /// <summary>The comma-separated ALPN IDs, with `\,` and `\\` undone (RFC 9460 Appendix A.1); none may be empty.</summary>
    private static List<List<byte>> AlpnIds(TextRdataReader text, Token token, byte[] value)
    {
        var ids = new List<List<byte>> { new() };
        for (int i = 0; i < value.Length; i++)
        {
            byte b = value[i];
            if (b == '\\')
            {
                if (i + 1 >= value.Length || (value[i + 1] != ',' && value[i + 1] != '\\'))
                    throw text.Invalid(token, "alpn", "inside the list, a backslash may only escape ',' or '\\' (write \\\\, for a comma in an ALPN ID)");
                ids[ids.Count - 1].Add(value[++i]);
                continue;
            }
            if (b == ',')
            {
                ids.Add(new List<byte>());
                continue;
            }
            ids[ids.Count - 1].Add(b);
        }
        foreach (var id in ids)
        {
            if (id.Count == 0) throw text.Invalid(token, "alpn", "an ALPN ID is empty (two commas in a row, or a comma at an end?)");
        }
        return ids;
    }

    private static string KeyName(int key) => key < KeyNames.Length ? KeyNames[key] : "key" + key.ToString(CultureInfo.InvariantCulture);

    private static void ReadWireParams(WireRdataReader wire)
    {
        int last = -1;
        while (!wire.AtEnd)
        {
            int key = wire.UInt16("SvcParamKey");
            if (key <= last) throw wire.Invalid("SvcParams", $"key {KeyName(key)} is out of order or repeated (RFC 9460 §2.2)");
            last = key;
            int length = wire.UInt16($"length of {KeyName(key)}");
            var value = wire.Take(KeyName(key), length);
            string? error = key switch
            {
                Mandatory => length == 0 || length % 2 != 0 ? "its length must be a non-zero multiple of 2" : null,
                NoDefaultAlpn or Ohttp => length != 0 ? "it must be empty" : null,
                Port => length != 2 ? "it must be 2 octets" : null,
                Ipv4Hint => length == 0 || length % 4 != 0 ? "its length must be a non-zero multiple of 4" : null,
                Ipv6Hint => length == 0 || length % 16 != 0 ? "its length must be a non-zero multiple of 16" : null,
                Alpn => CheckAlpnWire(value),
                _ => null,
            };
            if (error != null) throw wire.Invalid(KeyName(key), error);
        }
    }

    private static string? CheckAlpnWire(byte[] value)
    {
        if (value.Length == 0) return "it is empty";
        for (int i = 0; i < value.Length; i += 1 + value[i])
        {
            if (value[i] == 0) return "an ALPN ID is empty";
            if (i + 1 + value[i] > value.Length) return "an ALPN ID runs past the end";
        }
        return null;
    }

    /// <summary>The ALPN IDs of HTTP, whose presence in a DNS SVCB record means DNS over HTTPS.</summary>
    private static readonly HashSet<string> HttpAlpns = new(StringComparer.Ordinal) { "http/0.9", "http/1.0", "http/1.1", "h2", "h2c", "h3" };

    /// <summary>
    /// RFC 9461, SVCB for DNS servers: a ServiceMode record at `_dns` (or `_PORT._dns`) names its transports in
    /// `alpn` (§4.1: without it the record is unusable), and one that offers HTTP (DNS over HTTPS) gives the path in
    /// `dohpath` (§5). Current BIND refuses such a record at load (9.18 did not); null when <paramref name="wire"/> is none or is fine.
    /// </summary>
    public static string? DnsMappingError(Model.DomainName owner, byte[] wire)
    {
        if (!IsDnsServiceName(owner) || wire.Length < 3 || (wire[0] == 0 && wire[1] == 0)) return null;
        int at = 2;
        while (at < wire.Length && wire[at] != 0) at += 1 + wire[at];
        at++;
        byte[]? alpn = null;
        bool dohPath = false;
        while (at + 4 <= wire.Length)
        {
            int key = wire[at] << 8 | wire[at + 1], length = wire[at + 2] << 8 | wire[at + 3];
            at += 4;
            if (key == Alpn) alpn = wire.Skip(at).Take(length).ToArray();
            if (key == DohPath) dohPath = true;
            at += length;
        }
        if (alpn == null)
            return $"SVCB record for DNS at {owner} has no alpn, so it names no transport and clients must ignore it (RFC 9461 §4.1); add alpn=dot, doq or h2";
        // An ID with a comma in it ("h1,h2", written alpn=h1\\,h2) is almost always a list escaped once too often:
        // like BIND, read the parts, and say what the escape did.
        var http = new List<string>();
        string? glued = null;
        for (int i = 0; i < alpn.Length && i + 1 + alpn[i] <= alpn.Length; i += 1 + alpn[i])
        {
            string id = Encoding.ASCII.GetString(alpn, i + 1, alpn[i]);
            foreach (string part in id.Split(','))
            {
                if (!HttpAlpns.Contains(part)) continue;
                http.Add(part);
                if (part != id) glued ??= id;
            }
        }
        if (http.Count == 0 || dohPath) return null;
        string note = glued == null ? "" : $" ('{glued}' is one ALPN ID with a comma in it, since `\\,` escapes the comma; write alpn={glued} for a list)";
        return $"SVCB record for DNS at {owner} offers DNS over HTTPS (alpn {string.Join(",", http)}) but has no dohpath (RFC 9461 §5); add dohpath=/dns-query{{?dns}} or your path{note}";
    }

    /// <summary>
    /// `_dns.NAME` or `_PORT._dns.NAME` (RFC 9461 §2), the port a number as RFC 8552 writes it: 0 to 65535, no leading
    /// zero (BIND's `dns_name_isdnssvcb` reads it so; `_053._dns` is some other name).
    /// </summary>
    private static bool IsDnsServiceName(Model.DomainName owner)
    {
        var labels = owner.Labels;
        static bool IsDns(byte[] label) => label.Length == 4 && label[0] == '_' && (label[1] | 0x20) == 'd' && (label[2] | 0x20) == 'n' && (label[3] | 0x20) == 's';
        static bool IsPort(byte[] label)
        {
            if (label.Length < 2 || label.Length > 6 || label[0] != '_' || (label[1] == '0' && label.Length > 2)) return false;
            int port = 0;
            for (int i = 1; i < label.Length; i++)
            {
                if (label[i] < '0' || label[i] > '9') return false;
                port = port * 10 + (label[i] - '0');
            }
            return port <= ushort.MaxValue;
        }
        return labels.Count > 0 && (IsDns(labels[0]) || (labels.Count > 1 && IsPort(labels[0]) && IsDns(labels[1])));
    }
}
