using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Mail;

/// <summary>What the mail rules ask of the zones of the run: whether a name is in them, and its TXT records.</summary>
internal static class MailDns
{
    private static readonly ConditionalWeakTable<ZoneContext, ZoneResolver> ThisZoneOnly = new();

    /// <summary>
    /// The zones of the run as one resolver (the first of the chain `zonelint check` builds), else this zone alone.
    /// Only these can tell that a record is missing: a lock file or live DNS answers for names the run does not hold.
    /// </summary>
    public static ZoneResolver RunZones(ZoneContext context) => context.Settings.SpfResolver switch
    {
        ZoneResolver zones => zones,
        ChainResolver chain when chain.Resolvers.OfType<ZoneResolver>().FirstOrDefault() is { } zones => zones,
        _ => ThisZoneOnly.GetValue(context, c => new ZoneResolver(new[] { c.Zone })),
    };

    /// <summary>The TXT records at <paramref name="name"/> (CNAMEs followed), each joined as receivers read it.</summary>
    public static IEnumerable<string> Txt(ZoneResolver zones, DomainName name) =>
        zones.Query(name, RRType.TXT).Records.Where(r => r.Type == RRType.TXT).Select(r => Join(r.Rdata));

    /// <summary>The character-strings of TXT RDATA in wire form (RFC 1035 §3.3.14), joined with nothing between them.</summary>
    private static string Join(byte[] rdata)
    {
        var sb = new StringBuilder(rdata.Length);
        for (int at = 0; at < rdata.Length;)
        {
            int length = rdata[at++];
            for (int i = 0; i < length && at < rdata.Length; i++) sb.Append((char)rdata[at++]);
        }
        return sb.ToString();
    }
}
