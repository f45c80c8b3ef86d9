using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2004: records with no TTL while no $TTL is in force. Reported once a file, at the first such record.</summary>
public sealed class MissingTtlRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MissingTtl;

    public override void Analyze(ZoneContext context)
    {
        var byFile = context.Records
            .Where(r => r.TtlSource is TtlSource.PreviousRecord or TtlSource.SoaMinimum or TtlSource.None)
            .GroupBy(r => r.Span.File);
        foreach (var group in byFile)
        {
            var records = group.ToList();
            var first = records[0];
            string became = first.TtlSource switch
            {
                TtlSource.PreviousRecord => $"takes the previous record's TTL ({first.Ttl})",
                TtlSource.SoaMinimum => $"takes the SOA minimum ({first.Ttl}), as BIND does with a warning",
                _ => "has no TTL at all, and BIND rejects the zone",
            };
            string more = records.Count > 1 ? $" ({records.Count - 1} more record(s) in this file have no TTL either)" : "";
            context.Report(Descriptor, first.Span,
                $"this {first.TypeName} record has no TTL and no $TTL is in force, so it {became}{more}; put '$TTL 3600' (or your value) at the top of the file");
        }
    }
}
