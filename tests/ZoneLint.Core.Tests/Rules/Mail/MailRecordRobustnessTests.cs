using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>Damaged mail-authentication records give findings, never an exception: every cut and every '=' or '!' put in.</summary>
public sealed class MailRecordRobustnessTests
{
    public static TheoryData<string, string> Records() => new()
    {
        { "s1._domainkey", "v=DKIM1; k=rsa; p=" + Rsa1024 },
        { "s2._domainkey", "v=DKIM1; k=rsa; p=" + Rsa1024Pkcs1 },
        { "_dmarc", "v=DMARC1; p=reject; rua=mailto:a@example.com!10m,mailto:b@example.net; ruf=mailto:c@example.org; fo=0:1; pct=50" },
        { "_mta-sts", "v=STSv1; id=20260101T000000; x=y" },
        { "_smtp._tls", "v=TLSRPTv1; rua=mailto:t@example.com,https://r.example.net/x" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_cut_and_every_stray_character_is_a_finding_or_nothing(string owner, string text)
    {
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        foreach (string damaged in Damaged(text))
        {
            var result = ZoneChecker.CheckText(RuleVerifier.TestPath, Zones.Apex + owner + " IN TXT \"" + damaged + "\"\n", options);
            Assert.All(result.Diagnostics, d => Assert.Equal(RuleVerifier.TestPath, d.Span.File));
        }
    }

    private static System.Collections.Generic.IEnumerable<string> Damaged(string text)
    {
        for (int i = 0; i <= text.Length; i++)
        {
            yield return text.Substring(0, i);
            if (i < text.Length)
            {
                yield return text.Substring(0, i) + "=" + text.Substring(i + 1);
                yield return text.Substring(0, i) + "!" + text.Substring(i);
                yield return text.Substring(0, i) + "\\\" " + text.Substring(i);
            }
        }
    }
}
