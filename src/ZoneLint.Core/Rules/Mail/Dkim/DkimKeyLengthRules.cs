using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>ZL4010: an RSA key under 1024 bits, which verifiers must not accept (RFC 8301 §3.2).</summary>
public sealed class DkimKeyUnder1024BitsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimKeyUnder1024Bits;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, key) in DkimKeyRecords.InZone(context))
        {
            if (key.RsaBits is not { } bits || bits >= 1024) continue;
            context.Report(Descriptor, key.Txt.SpanOf(key.KeyTag!.ValueStart, key.KeyTag.ValueEnd),
                $"the RSA key at {name.Owner} has {bits} bits; verifiers must not accept signatures with keys under 1024 bits (RFC 8301 §3.2), so every signature with it fails; " +
                "publish a new 2048-bit key under a new selector and switch the signer to it");
        }
    }
}

/// <summary>ZL4011: an RSA key of 1024 to 2047 bits; signers should use 2048 or more (RFC 8301 §3.2).</summary>
public sealed class DkimKeyUnder2048BitsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimKeyUnder2048Bits;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, key) in DkimKeyRecords.InZone(context))
        {
            if (key.RsaBits is not { } bits || bits < 1024 || bits >= 2048) continue;
            context.Report(Descriptor, key.Txt.SpanOf(key.KeyTag!.ValueStart, key.KeyTag.ValueEnd),
                $"the RSA key at {name.Owner} has {bits} bits; signers should use keys of at least 2048 bits (RFC 8301 §3.2); " +
                "publish a new 2048-bit key under a new selector and switch the signer to it");
        }
    }
}
