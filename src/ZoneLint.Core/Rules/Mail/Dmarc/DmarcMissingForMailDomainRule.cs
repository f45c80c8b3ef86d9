using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>
/// ZL4005: a domain that handles mail (MX records other than a null MX, or an SPF record other than `v=spf1 -all`)
/// with no `_dmarc` record at its name nor at a parent up to the apex, where receivers look next (RFC 7489 §6.6.3,
/// the zone's apex standing in for the Organizational Domain). Parents above the apex count when the run holds them.
/// </summary>
public sealed class DmarcMissingForMailDomainRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DmarcMissingForMailDomain;

    public override void Analyze(ZoneContext context)
    {
        HashSet<DomainName>? withDmarc = null;
        foreach (var pair in context.RecordsByOwner)
        {
            var domain = pair.Key;
            // Names such as _spf.example.com. or *.example.com. are no From domains.
            if (domain.LabelCount == 0 || domain.Labels[0].Length == 0 || domain.Labels[0][0] == (byte)'_' || domain.Labels[0][0] == (byte)'*') continue;
            ResourceRecord? mx = null, spf = null;
            foreach (var record in pair.Value)
            {
                if (record.Type == RRType.MX && !record.IsNullMx) mx ??= record;
                else if (record.Type == RRType.TXT && spf == null && SendsMail(record)) spf = record;
            }
            if (mx == null && spf == null) continue;
            if (!domain.IsSubdomainOf(context.Apex)) continue;
            withDmarc ??= new HashSet<DomainName>(MailRecords.Of(context, MailNameKind.Dmarc).Select(n => n.Domain));
            if (HasDmarc(context, domain, withDmarc)) continue;
            string why = mx != null ? "receives mail (MX)" : "sends mail (its SPF record authorises senders)";
            SourceSpan span = mx != null ? mx.TypeSpan : new MailTxt(spf!).TextSpan;
            context.Report(Descriptor, span,
                $"{domain} {why} but publishes no DMARC record at _dmarc.{domain} nor at a parent domain in the zone, so receivers have no policy for mail " +
                $"that fails SPF and DKIM, and Gmail and Yahoo require DMARC of bulk senders; publish _dmarc.{domain} IN TXT \"v=DMARC1; p=none; rua=mailto:...\" and tighten p= once the reports are clean");
        }
    }

    /// <summary>
    /// A `_dmarc` name at the domain or a parent up to the apex in this zone (<paramref name="withDmarc"/>: the domains
    /// whose `_dmarc` name holds records), or above the apex in the run's zones.
    /// </summary>
    private static bool HasDmarc(ZoneContext context, DomainName domain, HashSet<DomainName> withDmarc)
    {
        var name = domain;
        for (; !name.IsRoot && name.IsSubdomainOf(context.Apex); name = name.Parent())
        {
            if (withDmarc.Contains(name)) return true;
        }
        ZoneResolver? zones = null;
        for (; !name.IsRoot; name = name.Parent())
        {
            var dmarc = DomainName.FromLabels(new[] { System.Text.Encoding.ASCII.GetBytes("_dmarc") }.Concat(name.Labels));
            zones ??= MailDns.RunZones(context);
            if (zones.IsAuthoritativeFor(dmarc)) return MailDns.Txt(zones, dmarc).Any(DmarcRecord.IsDmarc);
        }
        return false;
    }

    /// <summary>An SPF record (RFC 7208 §4.5) that authorises some sender: anything but `v=spf1 -all`.</summary>
    private static bool SendsMail(ResourceRecord record)
    {
        // Most TXT records (verification tokens, DKIM keys) are told apart by their first octets, without joining them.
        if (!StartsWithVersion(record.Rdata.Strings)) return false;
        var words = new MailTxt(record).Value.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words[0].Equals("v=spf1", System.StringComparison.OrdinalIgnoreCase)) return false;
        return !(words.Length == 2 && words[1].Equals("-all", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The strings joined begin with `v=spf1`, in any case.</summary>
    private static bool StartsWithVersion(IReadOnlyList<Rdata.CharacterString> strings)
    {
        const string version = "v=spf1";
        int matched = 0;
        for (int s = 0; s < strings.Count && matched < version.Length; s++)
        {
            foreach (byte octet in strings[s].Value)
            {
                if (char.ToLowerInvariant((char)octet) != version[matched]) return false;
                if (++matched == version.Length) return true;
            }
        }
        return matched == version.Length;
    }
}
