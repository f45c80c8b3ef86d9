using System.Collections.Generic;
using ZoneLint.Core.Rules.Mail.Dkim;
using ZoneLint.Core.Rules.Mail.Dmarc;
using ZoneLint.Core.Rules.Mail.Smtp;

namespace ZoneLint.Core.Rules.Mail;

/// <summary>The ZL4xxx rules: DMARC, DKIM keys, MTA-STS and TLS-RPT records.</summary>
public static class MailRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = new ZoneRule[]
    {
        new DmarcSyntaxRule(),
        new DmarcUnknownTagRule(),
        new DmarcMultipleRecordsRule(),
        new DmarcAtCnameRule(),
        new DmarcMissingForMailDomainRule(),
        new DmarcExternalReportRule(),
        new DkimKeySyntaxRule(),
        new DkimUnknownKeyTypeRule(),
        new DkimSha1OnlyRule(),
        new DkimKeyUnder1024BitsRule(),
        new DkimKeyUnder2048BitsRule(),
        new DkimTestingModeRule(),
        new DkimKeyRevokedRule(),
        new DkimKeyStrayCharactersRule(),
        new MtaStsSyntaxRule(),
        new MtaStsMultipleRecordsRule(),
        new TlsRptSyntaxRule(),
        new TlsRptMultipleRecordsRule(),
    };
}
