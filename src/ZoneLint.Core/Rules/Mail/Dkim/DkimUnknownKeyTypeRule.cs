using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>ZL4008: k= names a key type other than rsa (RFC 6376 §3.6.1) and ed25519 (RFC 8463); verifiers ignore such keys.</summary>
public sealed class DkimUnknownKeyTypeRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimUnknownKeyType;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (name, key) in DkimKeyRecords.InZone(context))
        {
            if (!key.UnknownKeyType) continue;
            var k = key.KeyTypeTag!;
            context.Report(Descriptor, key.Txt.SpanOf(k.NameStart, k.ValueEnd),
                $"'{k.Value}' is no DKIM key type, so verifiers ignore the key at {name.Owner} and its signatures fail (RFC 6376 §3.6.1); write k=rsa or k=ed25519 (RFC 8463)");
        }
    }
}
