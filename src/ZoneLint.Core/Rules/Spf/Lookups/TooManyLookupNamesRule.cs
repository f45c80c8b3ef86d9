using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL3018: an mx term whose lookup returns more than 10 names (RFC 7208 §4.6.4). (A ptr's names depend on the sender.)</summary>
public sealed class TooManyLookupNamesRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfTooManyLookupNames;

    public override void Analyze(ZoneContext context)
    {
        foreach (var blame in SpfZoneLookups.For(context).Find(LookupNode.NameLimitFlag, n => n.ExceedsNameLimit))
        {
            var node = blame.Node;
            string where = blame.IsDirect ? node.Term!.Text : blame.Chain;
            context.Report(Descriptor, blame.Span,
                $"{where}: {node.Domain} has {node.NameCount} MX records (limit {LookupTree.MaxNames}), and looking up more than {LookupTree.MaxNames} names is permerror (RFC 7208 §4.6.4); " +
                "reduce the MX records, or list the mail servers' networks with ip4/ip6 instead of mx");
        }
    }
}
