using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>ZL4003: more than one record starting with `v=DMARC1` at a name: receivers then apply no policy (RFC 7489 §6.6.3).</summary>
public sealed class DmarcMultipleRecordsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DmarcMultipleRecords;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, records) in DmarcRecords.InZone(context))
        {
            var selected = records.Where(r => r.IsSelected).ToList();
            for (int i = 1; i < selected.Count; i++)
            {
                context.Report(Descriptor, selected[i].Txt.TextSpan,
                    $"{Spf.Syntax.SpfZoneText.Ordinal(i + 1)} DMARC record at {name.Owner} (the first is on line {selected[0].Txt.Record.Span.StartLine}): with more than one, " +
                    $"receivers apply no DMARC policy to {name.Domain} at all (RFC 7489 §6.6.3); keep one record and merge the rua= and ruf= addresses of the others into it");
            }
        }
    }
}
