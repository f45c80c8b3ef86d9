using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2008: the same owner, class, type and RDATA twice. An RRset is a set, so the second does nothing.</summary>
public sealed class DuplicateRecordRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DuplicateRecord;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var seen = new Dictionary<string, ResourceRecord>();
            foreach (var record in pair.Value)
            {
                string key = record.Class + "/" + record.Type + "/" + System.Convert.ToBase64String(record.Rdata.Wire);
                if (!seen.TryGetValue(key, out var first))
                {
                    seen[key] = record;
                    continue;
                }
                if (record.Generated && first.Generated) continue;
                context.Report(Descriptor, record.Span,
                    $"this {record.TypeName} record of {record.Owner} repeats the one on line {first.Span.StartLine}; DNS keeps one copy, so delete one of them");
            }
        }
    }
}
