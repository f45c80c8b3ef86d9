using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL3007: more than 2 lookups that return NXDOMAIN or no data, counted through includes (RFC 7208 §4.6.4).</summary>
public sealed class TooManyVoidLookupsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfTooManyVoidLookups;

    public override void Analyze(ZoneContext context)
    {
        foreach (var root in SpfZoneLookups.For(context).Roots)
        {
            var tree = root.Tree;
            if (tree.VoidLookups <= LookupTree.MaxVoidLookups) continue;
            var voids = tree.Nodes().Where(n => n.IsVoid && n.Term != null)
                .Select(n => $"{n.Term!.Text} ({Reason(n)})").Take(6).ToList();
            context.Report(Descriptor, root.Span,
                $"{tree.VoidLookups} void lookups (limit {LookupTree.MaxVoidLookups}): {string.Join(", ", voids)}; " +
                "receivers stop with permerror after the second. Remove the terms that name domains that no longer exist or have no data");
        }
    }

    private static string Reason(LookupNode node) =>
        node.Detail != null && node.Detail.Contains("does not exist") ? "does not exist" : "no data";
}
