using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>
/// ZL4007: a DKIM key record verifiers cannot use (RFC 6376 §3.6.1): bad tag syntax, v= not first or not DKIM1, p=
/// missing, not base64 or cut short, or a key that is not of the declared type (RFC 8463 for Ed25519).
/// </summary>
public sealed class DkimKeySyntaxRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimKeySyntax;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (_, key) in DkimKeyRecords.InZone(context))
        {
            foreach (var error in key.Errors) context.Report(Descriptor, key.Txt.SpanOf(error), error.Message);
        }
    }
}
