using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2002: `MX 10 mail.example.com` in zone example.com. points at mail.example.com.example.com.</summary>
public sealed class RdataNameRepeatsOriginRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RdataNameRepeatsOrigin;

    public override void Analyze(ZoneContext context)
    {
        foreach (var record in context.Records)
        {
            var names = record.Rdata.Names;
            for (int i = 0; i < names.Count; i++)
            {
                var field = names[i];
                var intended = OriginRepetition.IntendedName(field.Name, field.WasRelative, record.Origin, context.Apex);
                if (intended == null) continue;
                context.Report(Descriptor, field.Token.Span,
                    $"{field.FieldName} '{field.Token.Text}' of the {record.TypeName} record has no trailing dot, so it becomes " +
                    $"{field.Name}; write {OriginRepetition.Suggestion(intended, record.Origin)}");
            }
        }
    }
}
