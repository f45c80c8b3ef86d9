using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Dns;

/// <summary>
/// Answers from the zone files of one run, as their authoritative servers would: data, NODATA for a name that exists
/// (an owner or an empty non-terminal), NXDOMAIN below an apex, CNAMEs followed, wildcards (RFC 4592) applied.
/// Names outside every zone are <see cref="DnsStatus.Unknown"/>, so a chain can ask a lock file or DNS.
/// Each zone's records are found through <see cref="OwnerIndex"/>, the index by owner the rules build anyway, so the
/// resolver keeps no copy of the zones; the empty non-terminals of a zone are listed only when a name is missed.
/// </summary>
public sealed class ZoneResolver : ISpfResolver
{
    private const int MaxCnameChain = 8;

    private readonly ZoneParseResult[] _zones;
    private readonly Lazy<HashSet<DomainName>>[] _emptyNonTerminals;

    /// <summary>For each zone, an array of just its index: the usual answer of <see cref="ZonesAbove"/>, built once.</summary>
    private readonly int[][] _justZone;

    /// <summary>The zones by a hash of their apex (<see cref="SuffixHashes"/>), each list in zone order.</summary>
    private readonly Dictionary<int, List<int>> _zonesByApex = new();

    /// <summary>The label counts of the apexes, each once, ascending.</summary>
    private readonly int[] _apexLabelCounts;

    public ZoneResolver(IEnumerable<ZoneParseResult> zones)
    {
        _zones = zones.ToArray();
        _emptyNonTerminals = new Lazy<HashSet<DomainName>>[_zones.Length];
        _justZone = new int[_zones.Length][];
        var labelCounts = new SortedSet<int>();
        for (int i = 0; i < _zones.Length; i++)
        {
            var origin = _zones[i].Origin;
            int hash = SuffixHash(origin, origin.LabelCount);
            if (!_zonesByApex.TryGetValue(hash, out var list)) _zonesByApex[hash] = list = new List<int>(1);
            list.Add(i);
            labelCounts.Add(origin.LabelCount);
            var zone = _zones[i];
            _justZone[i] = new[] { i };
            _emptyNonTerminals[i] = new Lazy<HashSet<DomainName>>(() => EmptyNonTerminals(zone));
        }
        _apexLabelCounts = labelCounts.ToArray();
    }

    /// <summary>True when <paramref name="name"/> is at or below the apex of one of the zones.</summary>
    public bool IsAuthoritativeFor(DomainName name)
    {
        // A hash of each of the name's suffixes that is as long as some apex, not a scan of the apexes: a run over
        // thousands of zones asks this at every lookup.
        foreach (int count in _apexLabelCounts)
        {
            if (count > name.LabelCount) break;
            if (!_zonesByApex.TryGetValue(SuffixHash(name, count), out var zones)) continue;
            foreach (int zone in zones)
            {
                if (name.IsSubdomainOf(_zones[zone].Origin)) return true;
            }
        }
        return false;
    }

    public DnsAnswer Query(DomainName name, ushort type)
    {
        var current = name;
        for (int hop = 0; hop <= MaxCnameChain; hop++)
        {
            if (!IsAuthoritativeFor(current))
                return hop == 0 ? DnsAnswer.Unknown : new DnsAnswer(DnsStatus.Unknown, Array.Empty<DnsRecord>()) { ContinueAt = current };
            var records = RecordsAt(current);
            if (records == null) return DnsAnswer.NxDomain;
            var matching = Matching(current, records, type);
            if (matching.Length > 0) return new DnsAnswer(DnsStatus.NoError, matching);
            var cname = type == RRType.CNAME ? null : FirstOfType(records, RRType.CNAME);
            if (cname == null || cname.Rdata.Names.Count == 0) return DnsAnswer.NoData;
            current = cname.Rdata.Names[0].Name;
        }
        return new DnsAnswer(DnsStatus.ServerFailure, Array.Empty<DnsRecord>(), $"CNAME chain from {name} is longer than {MaxCnameChain}");
    }

    private static ResourceRecord? FirstOfType(IReadOnlyList<ResourceRecord> records, ushort type)
    {
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Type == type) return records[i];
        }
        return null;
    }

    private static DnsRecord[] Matching(DomainName owner, IReadOnlyList<ResourceRecord> records, ushort type)
    {
        int count = 0;
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Type == type) count++;
        }
        if (count == 0) return Array.Empty<DnsRecord>();
        var result = new DnsRecord[count];
        count = 0;
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Type == type) result[count++] = new DnsRecord(owner, type, records[i].Rdata.Wire, records[i]);
        }
        return result;
    }

    /// <summary>The records at a name, from a wildcard where the name itself does not exist; null for NXDOMAIN.</summary>
    private IReadOnlyList<ResourceRecord>? RecordsAt(DomainName name)
    {
        if (OwnedAt(name) is { } records) return records;
        if (Exists(name)) return Array.Empty<ResourceRecord>();
        // RFC 4592 §3.3.1: the closest encloser's wildcard answers for names that do not exist below it.
        for (var encloser = name.Parent(); ; encloser = encloser.Parent())
        {
            if (Exists(encloser))
            {
                var wildcard = DomainName.FromLabels(new[] { new[] { (byte)'*' } }.Concat(encloser.Labels));
                return OwnedAt(wildcard);
            }
            if (encloser.IsRoot) break;
        }
        return null;
    }

    /// <summary>
    /// The records owned by <paramref name="name"/> in the zones it is at or below the apex of (so in-zone data only),
    /// in zone order; null when there are none.
    /// </summary>
    private IReadOnlyList<ResourceRecord>? OwnedAt(DomainName name)
    {
        List<ResourceRecord>? found = null, merged = null;
        foreach (int zone in ZonesAbove(name))
        {
            if (!OwnerIndex.For(_zones[zone]).TryGetValue(name, out var records)) continue;
            if (found == null) found = records;
            else (merged ??= new List<ResourceRecord>(found)).AddRange(records);
        }
        return merged ?? found;
    }

    /// <summary>A name exists when it owns records or has some below it, in a zone it belongs to (RFC 4592 §2.2.2).</summary>
    private bool Exists(DomainName name)
    {
        foreach (int zone in ZonesAbove(name))
        {
            if (OwnerIndex.For(_zones[zone]).ContainsKey(name) || _emptyNonTerminals[zone].Value.Contains(name)) return true;
        }
        return false;
    }

    /// <summary>The zones whose apex is <paramref name="name"/> or one of its ancestors, in zone order.</summary>
    private int[] ZonesAbove(DomainName name)
    {
        int[]? one = null;
        List<int>? more = null;
        foreach (int count in _apexLabelCounts)
        {
            if (count > name.LabelCount) break;
            if (!_zonesByApex.TryGetValue(SuffixHash(name, count), out var zones)) continue;
            foreach (int zone in zones)
            {
                if (!name.IsSubdomainOf(_zones[zone].Origin)) continue;
                if (one == null) one = _justZone[zone];
                else (more ??= new List<int>(one)).Add(zone);
            }
        }
        if (more == null) return one ?? Array.Empty<int>();
        more.Sort(); // nested zones (example.com. and sub.example.com. in one run) answer together, in zone order
        return more.ToArray();
    }

    /// <summary>The names between a zone's owners and its apex that own nothing themselves.</summary>
    private static HashSet<DomainName> EmptyNonTerminals(ZoneParseResult zone)
    {
        var index = OwnerIndex.For(zone);
        var result = new HashSet<DomainName>();
        foreach (var owner in index.Keys)
        {
            if (!owner.IsSubdomainOf(zone.Origin)) continue; // out-of-zone data is not served
            for (var name = owner; name.LabelCount > zone.Origin.LabelCount;)
            {
                name = name.Parent();
                if (index.ContainsKey(name) || !result.Add(name)) break; // an owner's ancestors are added from it
            }
        }
        return result;
    }

    /// <summary>A case-insensitive hash of the last <paramref name="count"/> labels, without building that name.</summary>
    private static int SuffixHash(DomainName name, int count)
    {
        unchecked
        {
            int hash = 17;
            var labels = name.Labels;
            for (int i = labels.Count - count; i < labels.Count; i++)
            {
                foreach (byte b in labels[i]) hash = hash * 31 + (b >= 'A' && b <= 'Z' ? b + 32 : b);
                hash = hash * 31 + '.';
            }
            return hash;
        }
    }
}

/// <summary>
/// A zone's records by owner name, each list in file order: built once per zone and shared by the rules
/// (<see cref="Rules.ZoneContext.RecordsByOwner"/>) and <see cref="ZoneResolver"/>. Safe to ask from several threads.
/// </summary>
internal static class OwnerIndex
{
    private static readonly ConditionalWeakTable<ZoneParseResult, Dictionary<DomainName, List<ResourceRecord>>> Indexes = new();

    public static Dictionary<DomainName, List<ResourceRecord>> For(ZoneParseResult zone) => Indexes.GetValue(zone, z => Build(z.Records));

    private static Dictionary<DomainName, List<ResourceRecord>> Build(IReadOnlyList<ResourceRecord> records)
    {
        var result = new Dictionary<DomainName, List<ResourceRecord>>();
        List<ResourceRecord>? last = null;
        DomainName? lastOwner = null;
        foreach (var record in records)
        {
            // Records of one name usually follow each other: the same owner object needs no second lookup.
            if (!ReferenceEquals(record.Owner, lastOwner) && !result.TryGetValue(lastOwner = record.Owner, out last))
                result[record.Owner] = last = new List<ResourceRecord>();
            last!.Add(record);
        }
        return result;
    }
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
