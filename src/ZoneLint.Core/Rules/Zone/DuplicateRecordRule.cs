using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2008: the same owner, class, type and RDATA twice. An RRset is a set, so the second does nothing.</summary>
public sealed class DuplicateRecordRule : ZoneRule
{
    /// <summary>Up to this many records at a name, each is compared with those before it; above, a set is cheaper.</summary>
    private const int PairwiseLimit = 16;

    public override RuleDescriptor Descriptor => RuleCatalog.DuplicateRecord;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var records = pair.Value;
            if (records.Count < 2) continue;
            Dictionary<ResourceRecord, ResourceRecord>? firsts = records.Count > PairwiseLimit ? new(SameRecord.Instance) : null;
            for (int i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var first = firsts != null ? FirstOf(firsts, record) : FirstOf(records, i);
                if (first == null) continue;
                if (record.Generated && first.Generated) continue; // overlapping $GENERATE ranges are usually meant
                context.Report(Descriptor, record.Span,
                    $"this {record.TypeName} record of {record.Owner} repeats the one on line {first.Span.StartLine}; DNS keeps one copy, so delete one of them");
            }
        }
    }

    /// <summary>The first record before <paramref name="index"/> that <paramref name="records"/>[index] repeats, or null.</summary>
    private static ResourceRecord? FirstOf(List<ResourceRecord> records, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (SameRecord.Instance.Equals(records[j], records[index])) return records[j];
        }
        return null;
    }

    private static ResourceRecord? FirstOf(Dictionary<ResourceRecord, ResourceRecord> firsts, ResourceRecord record)
    {
        if (firsts.TryGetValue(record, out var first)) return first;
        firsts[record] = record;
        return null;
    }

    /// <summary>
    /// The same RDATA once domain names are lower-cased (<see cref="CanonicalRdata"/>), built only when there are names
    /// and the lengths agree (canonical RDATA keeps the length).
    /// </summary>
    internal static bool SameCanonicalRdata(ResourceRecord x, ResourceRecord y)
    {
        byte[] a = x.Rdata.Wire, b = y.Rdata.Wire;
        if (a.Length != b.Length) return false;
        if (x.Rdata.Names.Count == 0 && y.Rdata.Names.Count == 0) return SameOctets(a, b);
        return SameOctets(CanonicalRdata(x), CanonicalRdata(y));
    }

    private static bool SameOctets(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /// <summary>
    /// RDATA with its domain names lower-cased (RFC 4034 §6.2), so `MX 10 mail` and `MX 10 MAIL` are the same record.
    /// The names are found in field order in the wire form, where the parser wrote them.
    /// </summary>
    internal static byte[] CanonicalRdata(ResourceRecord record)
    {
        var wire = record.Rdata.Wire;
        if (record.Rdata.Names.Count == 0) return wire;
        var canonical = (byte[])wire.Clone();
        int from = 0;
        foreach (var field in record.Rdata.Names)
        {
            var name = field.Name.ToWire();
            int at = IndexOf(wire, name, from);
            if (at < 0) break;
            for (int i = at; i < at + name.Length; i++)
            {
                if (canonical[i] >= 'A' && canonical[i] <= 'Z') canonical[i] = (byte)(canonical[i] + 32);
            }
            from = at + name.Length;
        }
        return canonical;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        for (int i = from; i <= haystack.Length - needle.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }

    /// <summary>
    /// Records equal as ZL2008 sees them. The hash lower-cases every octet, which canonical equality implies (it only
    /// lower-cases some), so equal records always hash alike without building their canonical form.
    /// </summary>
    private sealed class SameRecord : IEqualityComparer<ResourceRecord>
    {
        public static readonly SameRecord Instance = new();

        public bool Equals(ResourceRecord? x, ResourceRecord? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Class == y.Class && x.Type == y.Type && SameCanonicalRdata(x, y));

        public int GetHashCode(ResourceRecord record)
        {
            unchecked
            {
                uint hash = (2166136261u ^ record.Class) * 16777619u ^ record.Type;
                foreach (byte b in record.Rdata.Wire) hash = (hash ^ (b >= 'A' && b <= 'Z' ? (uint)b + 32 : b)) * 16777619u;
                return (int)hash;
            }
        }
    }
}
