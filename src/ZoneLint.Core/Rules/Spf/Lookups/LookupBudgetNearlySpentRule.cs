using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL3006: the lookup count is at or above the configured threshold (default 8) but still within 10.</summary>
public sealed class LookupBudgetNearlySpentRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfLookupBudgetNearlySpent;

    public override void Analyze(ZoneContext context)
    {
        int threshold = context.Settings.SpfLookupWarningThreshold;
        foreach (var root in SpfZoneLookups.For(context).Roots)
        {
            var tree = root.Tree;
            if (tree.Lookups < threshold || tree.Lookups > LookupTree.MaxLookups) continue;
            int left = LookupTree.MaxLookups - tree.Lookups;
            string room = tree.IsLowerBound ? $"at most {left} left" : left == 1 ? "1 left" : $"{left} left";
            context.Report(Descriptor, root.Span,
                $"{LookupTreeRenderer.CountPhrase(tree)} of {LookupTree.MaxLookups} ({room}): {LookupTreeRenderer.Summary(tree)}; " +
                $"one more lookup in a provider's include and the record fails with permerror. Trim it now " +
                $"(the warning starts at {threshold}: spf.lookupWarningThreshold in zonelint.json)");
        }
    }
}
