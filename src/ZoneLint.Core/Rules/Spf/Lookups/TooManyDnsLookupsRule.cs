using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>
/// ZL3005: more than 10 DNS-querying terms, counted through every include and redirect (RFC 7208 §4.6.4); the
/// message lists what each top-level term costs.
/// </summary>
public sealed class TooManyDnsLookupsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfTooManyDnsLookups;

    public override void Analyze(ZoneContext context)
    {
        foreach (var root in SpfZoneLookups.For(context).Roots)
        {
            var tree = root.Tree;
            if (tree.Lookups <= LookupTree.MaxLookups) continue;
            context.Report(Descriptor, root.Span,
                $"{LookupTreeRenderer.CountPhrase(tree)} (limit {LookupTree.MaxLookups}): {LookupTreeRenderer.Summary(tree)}; " +
                $"receivers stop at the 11th with permerror, so mail fails SPF even from authorised servers. Remove includes you no longer use, " +
                $"or replace a and mx by ip4/ip6 networks (`zonelint spf explain {tree.Domain}` shows the whole tree)");
        }
    }
}
