using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2005: RFC 2181 §5.2, the records of an RRset share one TTL. RRSIGs are exempt (RFC 4034 §3).</summary>
public sealed class InconsistentRRsetTtlRule : ZoneRule
{
    /// <summary>Up to this many records at a name, each looks back for the first of its RRset; above, a dictionary is cheaper.</summary>
    private const int PairwiseLimit = 16;

    public override RuleDescriptor Descriptor => RuleCatalog.InconsistentRRsetTtl;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var records = pair.Value;
            if (records.Count < 2) continue;
            var firstOfType = records.Count > PairwiseLimit ? new Dictionary<(ushort Class, ushort Type), ResourceRecord>() : null;
            for (int i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (record.Type == RRType.RRSIG) continue;
                var first = firstOfType != null ? FirstOf(firstOfType, record) : FirstOf(records, i);
                if (first == null || record.Ttl == first.Ttl) continue;
                context.Report(Descriptor, record.TtlSpan ?? record.Span,
                    $"TTL {record.Ttl} differs from the TTL {first.Ttl} of the other {record.TypeName} record of {record.Owner} " +
                    $"(line {first.Span.StartLine}); servers use one TTL for the whole RRset (RFC 2181 §5.2), so give them the same TTL");
            }
        }
    }

    /// <summary>The first record of the same class and type before <paramref name="index"/>, or null.</summary>
    private static ResourceRecord? FirstOf(List<ResourceRecord> records, int index)
    {
        var record = records[index];
        for (int j = 0; j < index; j++)
        {
            if (records[j].Type == record.Type && records[j].Class == record.Class) return records[j];
        }
        return null;
    }

    private static ResourceRecord? FirstOf(Dictionary<(ushort Class, ushort Type), ResourceRecord> firstOfType, ResourceRecord record)
    {
        var key = (record.Class, record.Type);
        if (firstOfType.TryGetValue(key, out var first)) return first;
        firstOfType[key] = record;
        return null;
    }
}
