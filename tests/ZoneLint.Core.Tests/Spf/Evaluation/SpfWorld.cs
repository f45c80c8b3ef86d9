using System.Collections.Generic;
using System.Linq;
using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>
/// A small DNS for evaluator tests: zone-file text with `$ORIGIN .`, served as the whole world (other names are
/// NXDOMAIN), with faults (timeouts, SERVFAIL, unknown) injected per name, and every query remembered.
/// </summary>
internal sealed class SpfWorld : ISpfResolver
{
    private readonly ISpfResolver _zones;
    private readonly Dictionary<DomainName, DnsStatus> _faults = new();

    public SpfWorld(string zoneText)
    {
        var zone = ZoneParser.ParseText("world.zone", "$ORIGIN .\n$TTL 300\n" + zoneText, new ParseOptions());
        Assert.Empty(zone.Diagnostics.Select(d => d.ToString()));
        _zones = new ClosedWorldResolver(new ZoneResolver(new[] { zone }));
    }

    public List<(DomainName Name, ushort Type)> Queries { get; } = new();

    /// <summary>Every question about <paramref name="name"/> ends with <paramref name="status"/>.</summary>
    public SpfWorld Fault(string name, DnsStatus status)
    {
        _faults[DomainName.Parse(name + ".")] = status;
        return this;
    }

    public DnsAnswer Query(DomainName name, ushort type)
    {
        Queries.Add((name, type));
        return _faults.TryGetValue(name, out var status)
            ? new DnsAnswer(status, System.Array.Empty<DnsRecord>(), "injected " + status)
            : _zones.Query(name, type);
    }

    public SpfResult Check(string ip, string sender, string? helo = "mail.example.org", SpfEvaluatorOptions? options = null) =>
        new SpfEvaluator(this, options).CheckSender(IPAddress.Parse(ip), sender, helo);

    public bool Asked(string name, ushort type) => Queries.Contains((name == "." ? DomainName.Root : DomainName.Parse(name + "."), type));
}
