using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Tests.Spf.Accounting;

/// <summary>Zones and resolvers for lookup-accounting tests.</summary>
internal static class AccountingZones
{
    public const string Soa = "$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n";

    public static ZoneParseResult Parse(string origin, string body) =>
        ZoneParser.ParseText(origin + "zone", Soa + body, new ParseOptions { Origin = DomainName.Parse(origin) });

    /// <summary>A resolver over zones given as (origin, records) pairs; the SOA and NS are added.</summary>
    public static ZoneResolver Resolver(params (string Origin, string Body)[] zones) =>
        new(zones.Select(z => Parse(z.Origin, z.Body)));

    public static LookupTree Account(string domain, params (string Origin, string Body)[] zones) =>
        new LookupAccountant(Resolver(zones)).Account(DomainName.Parse(domain));

    /// <summary>The node for the top-level term written as <paramref name="text"/>.</summary>
    public static LookupNode Term(this LookupTree tree, string text) =>
        tree.Root.Children.Single(n => n.Term?.Text == text);

    public static string SamplePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "samples", "zones", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"no samples/zones/{name} above {AppContext.BaseDirectory}");
    }

    public static ZoneParseResult Sample(string name, string origin) =>
        ZoneParser.ParseFile(SamplePath(name), new ParseOptions { Origin = DomainName.Parse(origin) });
}

/// <summary>Answers one status for chosen names and defers everything else to an inner resolver.</summary>
internal sealed class StubResolver : ISpfResolver
{
    private readonly ISpfResolver _inner;
    private readonly Dictionary<DomainName, DnsAnswer> _answers = new();

    public StubResolver(ISpfResolver inner) => _inner = inner;

    public List<(DomainName Name, ushort Type)> Queries { get; } = new();

    public StubResolver Answer(string name, DnsStatus status, string? error = null)
    {
        _answers[DomainName.Parse(name)] = new DnsAnswer(status, Array.Empty<DnsRecord>(), error);
        return this;
    }

    public DnsAnswer Query(DomainName name, ushort type)
    {
        Queries.Add((name, type));
        return _answers.TryGetValue(name, out var answer) ? answer : _inner.Query(name, type);
    }
}
