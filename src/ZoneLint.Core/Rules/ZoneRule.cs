using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules;

/// <summary>One rule over a parsed zone. Each rule is a sealed class named by intent, reporting one ID.</summary>
public abstract class ZoneRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(ZoneContext context);
}
