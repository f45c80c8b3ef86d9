using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2001: `example.com` as an owner in zone example.com. becomes example.com.example.com.</summary>
public sealed class OwnerRepeatsOriginRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.OwnerRepeatsOrigin;

    public override void Analyze(ZoneContext context)
    {
        foreach (var record in context.Records)
        {
            if (!record.HasOwnerText) continue;
            var intended = OriginRepetition.IntendedName(record.Owner, record.OwnerWasRelative, record.Origin, context.Apex);
            if (intended == null) continue;
            context.Report(Descriptor, record.OwnerSpan,
                $"owner '{record.OwnerText}' has no trailing dot, so the origin is appended and the {record.TypeName} record " +
                $"is published at {record.Owner}; write {OriginRepetition.Suggestion(intended, record.Origin)}");
        }
    }
}
