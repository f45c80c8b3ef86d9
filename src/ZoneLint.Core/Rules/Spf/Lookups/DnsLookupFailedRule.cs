using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL9002: a DNS lookup that an SPF check needed timed out or failed, so that check is incomplete.</summary>
public sealed class DnsLookupFailedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DnsLookupFailed;

    public override void Analyze(ZoneContext context)
    {
        foreach (var blame in SpfZoneLookups.For(context).Find(LookupNode.Flag(LookupStatus.DnsFailure), n => n.Status == LookupStatus.DnsFailure))
        {
            var node = blame.Node;
            string where = blame.IsDirect ? node.Term!.Text : blame.Chain;
            context.Report(Descriptor, blame.Span,
                $"{where}: the DNS lookup for {node.Domain?.ToString() ?? "its target"} failed ({node.Detail}), so the lookup count and " +
                "the checks below it are incomplete; run again when the name servers answer, or record the data with `zonelint spf lock`");
        }
    }
}
