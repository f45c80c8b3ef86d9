using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>ZL4012: t=y, the domain is testing DKIM, so verifiers treat its signed mail as unsigned (RFC 6376 §3.6.1).</summary>
public sealed class DkimTestingModeRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimTestingMode;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, key) in DkimKeyRecords.InZone(context))
        {
            if (key.TestingFlag is not { } t) continue;
            context.Report(Descriptor, key.Txt.SpanOf(t.NameStart, t.ValueEnd),
                $"t={t.Value} says {name.Domain} is testing DKIM, so verifiers must treat its signed mail like unsigned mail (RFC 6376 §3.6.1); remove the y flag once signing works");
        }
    }
}

/// <summary>ZL4013: an empty p=, a revoked key (RFC 6376 §3.6.1): intended after a rotation, a mistake if the selector is in use.</summary>
public sealed class DkimKeyRevokedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimKeyRevoked;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, key) in DkimKeyRecords.InZone(context))
        {
            if (!key.IsRevoked) continue;
            var p = key.KeyTag!;
            context.Report(Descriptor, key.Txt.SpanOf(p.NameStart, p.EqualsAt + 1),
                $"p= is empty: the key of selector {name.Owner} is revoked (RFC 6376 §3.6.1), so signatures with it fail; fine for a retired selector, else publish the current key");
        }
    }
}
