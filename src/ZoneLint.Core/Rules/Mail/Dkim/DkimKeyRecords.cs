using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>The DKIM key records of a zone, read once and shared by the DKIM rules.</summary>
internal static class DkimKeyRecords
{
    /// <summary>Every TXT record at a `&lt;selector&gt;._domainkey` name, read as a key record, with its name.</summary>
    public static IEnumerable<(MailName Name, DkimKeyRecord Key)> InZone(ZoneContext context) =>
        MailRecords.Of(context, MailNameKind.DkimKey).SelectMany(n => n.Read(DkimKeyRecord.Parse).Select(k => (n, k)));
}
