using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2005: RFC 2181 §5.2, the records of an RRset share one TTL. RRSIGs are exempt (RFC 4034 §3).</summary>
public sealed class InconsistentRRsetTtlRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.InconsistentRRsetTtl;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var firstOfType = new Dictionary<(ushort Class, ushort Type), ResourceRecord>();
            foreach (var record in pair.Value)
            {
                if (record.Type == RRType.RRSIG) continue;
                var key = (record.Class, record.Type);
                if (!firstOfType.TryGetValue(key, out var first))
                {
                    firstOfType[key] = record;
                    continue;
                }
                if (record.Ttl == first.Ttl) continue;
                context.Report(Descriptor, record.TtlSpan ?? record.Span,
                    $"TTL {record.Ttl} differs from the TTL {first.Ttl} of the other {record.TypeName} record of {record.Owner} " +
                    $"(line {first.Span.StartLine}); servers use one TTL for the whole RRset (RFC 2181 §5.2), so give them the same TTL");
            }
        }
    }
}
