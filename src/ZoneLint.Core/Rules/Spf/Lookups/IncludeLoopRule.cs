using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL3015: an include or redirect that leads back to a domain already being evaluated.</summary>
public sealed class IncludeLoopRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfIncludeLoop;

    public override void Analyze(ZoneContext context)
    {
        foreach (var blame in SpfZoneLookups.For(context).Find(LookupNode.Flag(LookupStatus.Loop), n => n.Status == LookupStatus.Loop))
        {
            var node = blame.Node;
            string where = blame.IsDirect ? node.Term!.Text : blame.Chain;
            context.Report(Descriptor, blame.Span,
                $"{where} {node.Detail}: the evaluation can never finish, and receivers stop at the lookup limit with permerror; remove the include that points back");
        }
    }
}
