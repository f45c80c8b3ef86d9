using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Conformance.Tests.Spf;

/// <summary>
/// A scenario's zonedata as one zone file (`$ORIGIN .`, one record a line, character-strings quoted with `\DDD` for
/// octets that are not printable ASCII), loaded through <see cref="ZoneParser"/>, served by <see cref="ZoneResolver"/>
/// with the suite's TIMEOUT entries simulated (<see cref="SpfSuiteResolver"/>).
/// </summary>
public sealed class SpfSuiteZone
{
    private SpfSuiteZone(string text, IReadOnlyCollection<string> timeoutNames, IReadOnlyList<string> notExpressible)
    {
        Text = text;
        TimeoutNames = timeoutNames;
        NotExpressible = notExpressible;
        Parsed = ZoneParser.ParseText("spf-suite.zone", text, new ParseOptions { Origin = DomainName.Root });
    }

    public string Text { get; }

    /// <summary>Owner names (presentation form) with a bare TIMEOUT entry.</summary>
    public IReadOnlyCollection<string> TimeoutNames { get; }

    /// <summary>Zonedata items that no zone file can hold, each with why; they are left out of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> NotExpressible { get; }

    public ZoneParseResult Parsed { get; }

    /// <summary>The scenario's DNS: the zone's data, TIMEOUT where the suite says so, NXDOMAIN for any other name.</summary>
    public ISpfResolver Resolver() =>
        new SpfSuiteResolver(new ClosedWorldResolver(new ZoneResolver(new[] { Parsed })),
            TimeoutNames.Select(n => DomainName.Parse(n)));

    public static SpfSuiteZone From(SpfSuiteScenario scenario)
    {
        var text = new StringBuilder("$ORIGIN .\n$TTL 300\n");
        var timeouts = new List<string>();
        var notExpressible = new List<string>();
        foreach (var (name, entries) in scenario.ZoneData)
        {
            string owner = PresentationName(name);
            if (entries.Any(e => e.Type == "TIMEOUT")) timeouts.Add(owner);
            // SUMMARY.md: SPF entries also count as TXT, unless the name has TXT entries of its own (even TXT: NONE).
            bool ownTxt = entries.Any(e => e.Type == "TXT");
            foreach (var entry in entries.Where(e => e.Type != "TIMEOUT"))
            {
                if (entry.Type is "TXT" or "SPF")
                {
                    var strings = CharacterStrings(entry.Value!);
                    if (strings == null) continue; // NONE: no record of this type
                    if (strings.Count == 0)
                    {
                        // RFC 1035 §3.3.14: TXT RDATA is one or more character-strings; `\# 0` is refused too.
                        notExpressible.Add($"{name}: {entry.Type} with no character-strings");
                        continue;
                    }
                    string rdata = string.Join(" ", strings.Select(Quoted));
                    text.Append(owner).Append(" IN ").Append(entry.Type).Append(' ').Append(rdata).Append('\n');
                    if (entry.Type == "SPF" && !ownTxt) text.Append(owner).Append(" IN TXT ").Append(rdata).Append('\n');
                    continue;
                }
                text.Append(owner).Append(" IN ").Append(entry.Type).Append(' ').Append(Rdata(entry)).Append('\n');
            }
        }
        return new SpfSuiteZone(text.ToString(), timeouts, notExpressible);
    }

    private static string Rdata(SpfSuiteEntry entry) => entry.Type switch
    {
        "A" or "AAAA" => Scalar(entry.Value!),
        "MX" => Scalar(((YamlSequenceNode)entry.Value!).Children[0]) + " " + PresentationName(Scalar(((YamlSequenceNode)entry.Value!).Children[1])),
        "PTR" or "CNAME" => PresentationName(Scalar(entry.Value!)),
        _ => throw new System.NotSupportedException($"zonedata type {entry.Type} is not used by rfc7208-tests.yml"),
    };

    /// <summary>A TXT/SPF value: a string is one character-string, a list is several; null for NONE.</summary>
    private static IReadOnlyList<byte[]>? CharacterStrings(YamlNode value)
    {
        if (value is YamlSequenceNode list) return list.Children.Select(c => Utf8(Scalar(c))).ToList();
        string text = Scalar(value);
        return text == "NONE" ? null : new[] { Utf8(text) };
    }

    /// <summary>YAML `\xNN` escapes are code points; like pyspf, the text goes into DNS as UTF-8.</summary>
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    /// <summary>A quoted character-string: printable ASCII as is (`"` and `\` escaped), any other octet as \DDD.</summary>
    private static string Quoted(byte[] octets)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in octets)
        {
            if (b == '"' || b == '\\') sb.Append('\\').Append((char)b);
            else if (b >= 0x20 && b < 0x7F) sb.Append((char)b);
            else sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    /// <summary>An absolute name in zone-file form; characters special to the zone file escaped.</summary>
    private static string PresentationName(string name)
    {
        if (name.EndsWith(".", System.StringComparison.Ordinal)) name = name.Substring(0, name.Length - 1);
        if (name.Length == 0) return ".";
        var sb = new StringBuilder();
        foreach (var label in name.Split('.'))
        {
            foreach (var b in Utf8(label))
            {
                if ("\\\";()@$".IndexOf((char)b) >= 0) sb.Append('\\').Append((char)b);
                else if (b > 0x20 && b < 0x7F) sb.Append((char)b);
                else sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
            }
            sb.Append('.');
        }
        return sb.ToString();
    }
}

/// <summary>Simulates the suite's TIMEOUT: for those names, any type with no data times out.</summary>
public sealed class SpfSuiteResolver : ISpfResolver
{
    private readonly ISpfResolver _inner;
    private readonly HashSet<DomainName> _timeouts;

    public SpfSuiteResolver(ISpfResolver inner, IEnumerable<DomainName> timeouts)
    {
        _inner = inner;
        _timeouts = new HashSet<DomainName>(timeouts);
    }

    public DnsAnswer Query(DomainName name, ushort type)
    {
        var answer = _inner.Query(name, type);
        if (answer.Records.Count == 0 && _timeouts.Contains(name))
            return new DnsAnswer(DnsStatus.Timeout, answer.Records, $"simulated timeout for {name} (suite TIMEOUT)");
        return answer;
    }
}
