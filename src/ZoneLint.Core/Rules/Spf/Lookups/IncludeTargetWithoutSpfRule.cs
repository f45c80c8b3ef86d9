using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>ZL3008: an include or redirect whose target publishes no SPF record: permerror (RFC 7208 §5.2, §6.1).</summary>
public sealed class IncludeTargetWithoutSpfRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfIncludeTargetWithoutSpf;

    public override void Analyze(ZoneContext context)
    {
        foreach (var blame in SpfZoneLookups.For(context).Find(LookupNode.Flag(LookupStatus.NoSpf), n => n.FollowsRecord && n.Status == LookupStatus.NoSpf))
        {
            var node = blame.Node;
            string target = node.Domain?.ToString() ?? "the target";
            string why = node.Detail == "does not exist" ? $"{target} does not exist" : $"{target} {node.Detail}";
            string section = node.Term is Core.Spf.SpfModifier ? "§6.1" : "§5.2";
            string message = blame.IsDirect
                ? $"{node.Term!.Text}: {why}, so it has no SPF record and evaluating this term is permerror (RFC 7208 {section}); correct the domain (a typo, a provider's renamed include) or remove the term"
                : $"{blame.Chain}: {why}, so it has no SPF record and the evaluation ends in permerror (RFC 7208 {section}); the record that names {target} must be corrected, or this term removed";
            context.Report(Descriptor, blame.Span, message);
        }
    }
}
