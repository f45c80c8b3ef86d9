using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2007: a record whose owner is not the apex or below it; servers ignore it.</summary>
public sealed class OutOfZoneRecordRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.OutOfZoneRecord;

    public override void Analyze(ZoneContext context)
    {
        if (context.Apex.IsRoot) return;
        foreach (var record in context.Records)
        {
            if (record.Owner.IsSubdomainOf(context.Apex)) continue;
            context.Report(Descriptor, record.OwnerSpan,
                $"{record.Owner} is outside the zone {context.Apex}, so this {record.TypeName} record is never served; correct the owner name or move the record to its own zone");
        }
    }
}
