using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>
/// ZL4001: a TXT record at `_dmarc.&lt;domain&gt;` meant as DMARC that receivers discard or cannot apply: not starting
/// with `v=DMARC1`, `p=` missing or not next, bad tag syntax or values, rua/ruf entries that are no URIs (RFC 7489 §6.3-6.4).
/// </summary>
public sealed class DmarcSyntaxRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DmarcSyntax;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (_, records) in DmarcRecords.InZone(context))
        {
            foreach (var record in records)
            {
                foreach (var error in record.Errors) context.Report(Descriptor, record.Txt.SpanOf(error), error.Message);
            }
        }
    }
}
