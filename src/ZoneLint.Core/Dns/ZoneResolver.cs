using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Dns;

/// <summary>
/// Answers from the zone files of one run, as their authoritative servers would: data, NODATA for a name that exists
/// (an owner or an empty non-terminal), NXDOMAIN below an apex, CNAMEs followed, wildcards (RFC 4592) applied.
/// Names outside every zone are <see cref="DnsStatus.Unknown"/>, so a chain can ask a lock file or DNS.
/// </summary>
public sealed class ZoneResolver : ISpfResolver
{
    private const int MaxCnameChain = 8;

    private readonly HashSet<DomainName> _apexes = new();
    private int _shortestApex = int.MaxValue;
    private readonly Dictionary<DomainName, List<ResourceRecord>> _records = new();
    private readonly HashSet<DomainName> _existing = new();

    public ZoneResolver(IEnumerable<ZoneParseResult> zones)
    {
        foreach (var zone in zones)
        {
            _apexes.Add(zone.Origin);
            _shortestApex = System.Math.Min(_shortestApex, zone.Origin.LabelCount);
            foreach (var record in zone.Records)
            {
                if (!record.Owner.IsSubdomainOf(zone.Origin)) continue; // out-of-zone data is not served
                if (!_records.TryGetValue(record.Owner, out var list)) _records[record.Owner] = list = new List<ResourceRecord>();
                list.Add(record);
                for (var name = record.Owner; name.LabelCount >= zone.Origin.LabelCount; name = name.Parent())
                {
                    if (!_existing.Add(name) || name.IsRoot) break;
                }
            }
        }
    }

    /// <summary>True when <paramref name="name"/> is at or below the apex of one of the zones.</summary>
    public bool IsAuthoritativeFor(DomainName name)
    {
        // A set and a walk up the name, not a scan of the apexes: a run over thousands of zones asks this at every lookup.
        for (var ancestor = name; ancestor.LabelCount >= _shortestApex; ancestor = ancestor.Parent())
        {
            if (_apexes.Contains(ancestor)) return true;
            if (ancestor.IsRoot) break;
        }
        return false;
    }

    public DnsAnswer Query(DomainName name, ushort type)
    {
        var current = name;
        for (int hop = 0; hop <= MaxCnameChain; hop++)
        {
            if (!IsAuthoritativeFor(current))
                return hop == 0 ? DnsAnswer.Unknown : new DnsAnswer(DnsStatus.Unknown, System.Array.Empty<DnsRecord>()) { ContinueAt = current };
            var records = RecordsAt(current);
            if (records == null) return DnsAnswer.NxDomain;
            var matching = records.Where(r => r.Type == type).ToList();
            if (matching.Count > 0) return new DnsAnswer(DnsStatus.NoError, matching.Select(r => ToDns(current, r)).ToList());
            var cname = type == RRType.CNAME ? null : records.FirstOrDefault(r => r.Type == RRType.CNAME);
            if (cname == null || cname.Rdata.Names.Count == 0) return DnsAnswer.NoData;
            current = cname.Rdata.Names[0].Name;
        }
        return new DnsAnswer(DnsStatus.ServerFailure, System.Array.Empty<DnsRecord>(), $"CNAME chain from {name} is longer than {MaxCnameChain}");
    }

    /// <summary>The records at a name, from a wildcard where the name itself does not exist; null for NXDOMAIN.</summary>
    private IReadOnlyList<ResourceRecord>? RecordsAt(DomainName name)
    {
        if (_records.TryGetValue(name, out var list)) return list;
        if (_existing.Contains(name)) return System.Array.Empty<ResourceRecord>();
        // RFC 4592 §3.3.1: the closest encloser's wildcard answers for names that do not exist below it.
        for (var encloser = name.Parent(); ; encloser = encloser.Parent())
        {
            if (_existing.Contains(encloser))
            {
                var wildcard = DomainName.FromLabels(new[] { new[] { (byte)'*' } }.Concat(encloser.Labels));
                return _records.TryGetValue(wildcard, out var wild) ? wild : null;
            }
            if (encloser.IsRoot) break;
        }
        return null;
    }

    private static DnsRecord ToDns(DomainName owner, ResourceRecord record) => new(owner, record.Type, record.Rdata.Wire, record);
}

/// <summary>Asks each resolver in turn until one knows the name (zones, then a lock file, then DNS).</summary>
public sealed class ChainResolver : ISpfResolver
{
    private readonly IReadOnlyList<ISpfResolver> _resolvers;

    public ChainResolver(params ISpfResolver[] resolvers) => _resolvers = resolvers;

    /// <summary>The resolvers asked, in order (the mail rules look for the run's zones among them).</summary>
    public IReadOnlyList<ISpfResolver> Resolvers => _resolvers;

    public DnsAnswer Query(DomainName name, ushort type)
    {
        foreach (var resolver in _resolvers)
        {
            var answer = resolver.Query(name, type);
            if (answer.Status != DnsStatus.Unknown) return answer;
            // A CNAME in the zones that leaves them: the later resolvers are asked about its target.
            if (answer.ContinueAt != null) name = answer.ContinueAt;
        }
        return DnsAnswer.Unknown;
    }
}

/// <summary>`--offline` for spf eval: the zones given are the whole DNS, and any other name does not exist.</summary>
public sealed class ClosedWorldResolver : ISpfResolver
{
    private readonly ISpfResolver _inner;

    public ClosedWorldResolver(ISpfResolver inner) => _inner = inner;

    public DnsAnswer Query(DomainName name, ushort type)
    {
        var answer = _inner.Query(name, type);
        return answer.Status == DnsStatus.Unknown ? DnsAnswer.NxDomain : answer;
    }
}
