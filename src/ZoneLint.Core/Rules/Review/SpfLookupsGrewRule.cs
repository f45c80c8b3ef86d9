using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Rules.Spf.Lookups;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Review;

/// <summary>ZL3021: an SPF record under the lookup warning threshold at the base revision is at or over it now.</summary>
public sealed class SpfLookupsGrewRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfLookupsGrewPastThreshold;

    public override void Analyze(ZoneContext context)
    {
        if (context.Settings.Base is not { } zoneBase) return;
        int threshold = context.Settings.SpfLookupWarningThreshold;
        var roots = SpfZoneLookups.For(context).Roots.Where(r => r.Tree.Lookups >= threshold).ToList();
        if (roots.Count == 0) return;

        var before = SpfZoneLookups.For(zoneBase.Context).Roots.ToDictionary(r => r.Record.Owner, r => r.Tree.Lookups);
        foreach (var root in roots)
        {
            bool existed = before.TryGetValue(root.Record.Owner, out int old);
            if (existed && old >= threshold) continue;
            string count = LookupTreeRenderer.CountPhrase(root.Tree);
            string change = existed
                ? $"this change since {zoneBase.Revision} raises the record's DNS lookups from {old} to {count}"
                : $"this record is new since {zoneBase.Revision} and makes {count}";
            context.Report(Descriptor, root.Span, $"{change} (the warning starts at " +
                $"{threshold}, the limit is {LookupTree.MaxLookups}): {LookupTreeRenderer.Summary(root.Tree)}");
        }
    }
}
