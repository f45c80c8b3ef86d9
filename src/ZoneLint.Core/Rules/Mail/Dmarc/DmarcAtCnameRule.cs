using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>
/// ZL4004: `_dmarc.&lt;domain&gt;` is a CNAME. Receivers follow it (RFC 7489 §6.6.3 queries TXT at the name), so the
/// policy is the target's: quiet when the zones of the run show the target has a DMARC record, else a warning that
/// says whether the target lacks one or is out of sight.
/// </summary>
public sealed class DmarcAtCnameRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DmarcAtCname;

    public override void Analyze(ZoneContext context)
    {
        foreach (var name in MailRecords.Of(context, MailNameKind.Dmarc))
        {
            if (name.Cname is not { } cname || cname.Rdata.Names.Count == 0) continue;
            var target = cname.Rdata.Names[0];
            var zones = MailDns.RunZones(context);
            string consequence;
            if (zones.IsAuthoritativeFor(target.Name))
            {
                if (MailDns.Txt(zones, target.Name).Any(DmarcRecord.IsDmarc)) continue;
                consequence = $"{target.Name} publishes no DMARC record, so {name.Domain} has no DMARC policy at all";
            }
            else
            {
                consequence = $"it works only if {target.Name} publishes a valid DMARC record, which the zones of this run cannot show";
            }
            context.Report(Descriptor, target.Token.Span,
                $"{name.Owner} is a CNAME to {target.Name}: receivers follow it and apply the target's policy to {name.Domain}; {consequence} " +
                "(RFC 7489 §6.6.3); check the target, or publish the record at _dmarc directly");
        }
    }
}
