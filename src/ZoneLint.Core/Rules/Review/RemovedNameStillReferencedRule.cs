using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Review;

/// <summary>ZL2016: every record at a name was removed since the base revision, but a record of the zone still points to it.</summary>
public sealed class RemovedNameStillReferencedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.RemovedNameStillReferenced;

    public override void Analyze(ZoneContext context)
    {
        if (context.Settings.Base is not { } zoneBase) return;
        var before = zoneBase.Context.RecordsByOwner;
        var removed = new HashSet<DomainName>(before.Keys.Where(name => !context.RecordsByOwner.ContainsKey(name)));
        if (removed.Count == 0) return;

        foreach (var record in context.Records)
        {
            // SOA names are administrative; MX, NS and SRV targets without an address are ZL2013 and ZL2014's, change or not.
            if (record.Type is RRType.SOA or RRType.MX or RRType.NS or RRType.SRV) continue;
            foreach (var field in record.Rdata.Names)
            {
                if (!removed.Contains(field.Name)) continue;
                int count = before[field.Name].Count;
                context.Report(Descriptor, field.Token.Span,
                    $"{record.TypeName} {field.FieldName} {field.Name} was removed since {zoneBase.Revision} (it had " +
                    $"{(count == 1 ? "1 record" : $"{count} records")}), so this {record.TypeName} at {record.Owner} now points " +
                    "to a name that does not exist; update or remove it, or keep the name");
            }
        }
    }
}
