using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>ZL4009: h= leaves out sha256, so the key may only be used with rsa-sha1, which RFC 8301 §3.1 forbids.</summary>
public sealed class DkimSha1OnlyRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimSha1Only;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (_, key) in DkimKeyRecords.InZone(context))
        {
            var hashes = key.HashAlgorithms;
            if (hashes == null || hashes.Contains("sha256")) continue;
            var h = key.Tags.Find("h")!;
            context.Report(Descriptor, key.Txt.SpanOf(h.NameStart, h.ValueEnd),
                $"h={h.Value} does not allow sha256, so the key may be used only with rsa-sha1, which verifiers must not accept (RFC 8301 §3.1); " +
                "remove h= or write h=sha256, and sign with rsa-sha256");
        }
    }
}
