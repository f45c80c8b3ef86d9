using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>The DMARC names of a zone with their TXT records read, shared by the DMARC rules.</summary>
internal static class DmarcRecords
{
    /// <summary>Every `_dmarc` name with its TXT records read as DMARC.</summary>
    public static IEnumerable<(MailName Name, IReadOnlyList<DmarcRecord> Records)> InZone(ZoneContext context) =>
        MailRecords.Of(context, MailNameKind.Dmarc).Select(n => (n, n.Read(DmarcRecord.Parse)));
}
