using System.Linq;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>
/// ZL4006: a rua/ruf `mailto:` at another domain that is in the zones of the run, which lacks the
/// `&lt;domain&gt;._report._dmarc.&lt;destination&gt;` TXT `v=DMARC1` record that says it accepts the reports
/// (RFC 7489 §7.1). Another domain: neither is the other or below it, and they are not in one zone of the run (the
/// zone's apex standing in for the Organizational Domain). A destination outside the run is left alone.
/// </summary>
public sealed class DmarcExternalReportRule : ZoneRule
{
    private static readonly byte[][] ReportDmarc = { Encoding.ASCII.GetBytes("_report"), Encoding.ASCII.GetBytes("_dmarc") };

    public override RuleDescriptor Descriptor => RuleCatalog.DmarcExternalReportNotAuthorised;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, records) in DmarcRecords.InZone(context))
        {
            foreach (var record in records.Where(r => r.IsSelected))
            {
                foreach (var (tag, uri) in record.ReportUris)
                {
                    var destination = uri.MailDomain;
                    if (destination == null || SameOrganisation(context, name.Domain, destination)) continue;
                    var authorisation = DomainName.FromLabels(name.Domain.Labels.Concat(ReportDmarc).Concat(destination.Labels));
                    var zones = MailDns.RunZones(context);
                    if (!zones.IsAuthoritativeFor(authorisation) || MailDns.Txt(zones, authorisation).Any(DmarcRecord.IsDmarc)) continue;
                    string kind = tag.Name.ToLowerInvariant() == "ruf" ? "failure" : "aggregate";
                    context.Report(Descriptor, record.Txt.SpanOf(uri.Start, uri.End),
                        $"{kind} reports for {name.Domain} go to {destination}, which does not say it accepts them: {authorisation} has no TXT record " +
                        $"\"v=DMARC1\", so receivers send no reports there (RFC 7489 §7.1); publish it in the zone of {destination}, " +
                        $"or *._report._dmarc.{destination} for every domain");
                }
            }
        }
    }

    private static bool SameOrganisation(ZoneContext context, DomainName domain, DomainName destination) =>
        domain.IsSubdomainOf(destination) || destination.IsSubdomainOf(domain)
        || (destination.IsSubdomainOf(context.Apex) && domain.IsSubdomainOf(context.Apex));
}
