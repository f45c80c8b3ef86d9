namespace ZoneLint.Core.Diagnostics;

/// <summary>The rules that review a change: they compare a zone with itself at a git revision (`zonelint check --base REV`).</summary>
public static partial class RuleCatalog
{
    public static readonly RuleDescriptor SerialNotIncreased = new(
        RuleIds.SerialNotIncreased, "Zone changed but its SOA serial did not increase", Error, RuleCategory.Zone,
        "Compared with the base revision (`--base REV`), the zone's records changed, but the SOA serial is the same or lower in RFC 1982 serial arithmetic. Only reported with `--base`.",
        "Secondary servers transfer a zone only when the primary's serial is greater than theirs (RFC 1034 §4.3.5, RFC 1982): the change reaches the primary and nothing else, so resolvers get old and new answers depending on the server they ask.",
        "Increase the serial. With the conventional YYYYMMDDnn form, use today's date with nn = 00, or the old serial plus one when that is already today or later; the message proposes the next value.",
        "; at the base revision: 2026112801, and www had 192.0.2.10\n@    SOA  ns1 hostmaster ( 2026112801 1h 15m 1w 1h )\nwww  A    192.0.2.20",
        "@    SOA  ns1 hostmaster ( 2026112802 1h 15m 1w 1h )\nwww  A    192.0.2.20");

    public static readonly RuleDescriptor RemovedNameStillReferenced = new(
        RuleIds.RemovedNameStillReferenced, "A name removed in this change is still pointed to", Error, RuleCategory.Zone,
        "Compared with the base revision (`--base REV`), every record at a name in the zone was removed, but another record of the zone (a CNAME, DNAME, PTR or other RDATA name) still points to it. Only reported with `--base`; MX, NS and SRV targets without an address are ZL2013 and ZL2014 whatever the change.",
        "The alias or pointer now leads to a name that does not exist (NXDOMAIN): what used it stops working, with nothing in the diff to show why.",
        "Remove or update the records that still point to the name, or keep the name.",
        "; at the base revision: old-web  A  192.0.2.10\nwww  CNAME  old-web",
        "www  A  192.0.2.20");

    public static readonly RuleDescriptor SpfLookupsGrewPastThreshold = new(
        RuleIds.SpfLookupsGrewPastThreshold, "This change took an SPF record past the lookup warning threshold", Warning, RuleCategory.Spf,
        "Compared with the base revision (`--base REV`), an SPF record that used fewer DNS lookups than the warning threshold (default 8) now uses that many or more. Only reported with `--base`.",
        "Each include costs lookups that the provider can raise at any time; a change that brings the record near the limit of 10 (RFC 7208 §4.6.4) is the moment to ask whether it is needed, before a provider's change makes the record fail with permerror. Unlike ZL3006, which a baseline may already accept, this points at the change that spent the budget.",
        "Look at the terms this change added: replace `a` and `mx` with ip4/ip6 networks where the addresses are stable, or drop includes that are no longer used (see ZL3005 and ZL3006).",
        "; at the base revision: \"v=spf1 mx include:_spf.google.com ~all\"\n@  TXT \"v=spf1 mx include:_spf.google.com include:spf.protection.outlook.com ~all\"",
        "@  TXT \"v=spf1 ip4:192.0.2.0/28 include:_spf.google.com include:spf.protection.outlook.com ~all\"");
}
