using System.Collections.Generic;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// Which of BIND's named-checkzone test zones ZoneLint is held to, and why the others are not.
/// In scope: failures of syntax, RDATA validity, $GENERATE, $INCLUDE, CNAME-and-other-data and the other data checks
/// ZoneLint makes; every good (ACCEPT) file must load with no error and every bad (REJECT) file must get one.
/// Keep this file in step with docs/zone-file-dialect.md ("Differences from BIND").
/// </summary>
public static class CheckzoneScope
{
    /// <summary>Files whose BIND verdict rests on a check ZoneLint does not make (or that are not zone text).</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>
    {
        ["bad-badclass.raw"] = "BIND's binary \"raw\" zone format (-f raw), not master-file text",
        ["bad-cdnskey.db"] = "DNSSEC consistency: CDNSKEY must match a DNSKEY of the zone (not checked by ZoneLint)",
        ["bad-cds.db"] = "DNSSEC consistency: CDS must match a DNSKEY of the zone (not checked by ZoneLint)",
        ["bad-dns-sd-reverse.db"] = "-k fail: check-names host-name policy (RFC 952/1123 host names), not load validity",
        ["bad-svcb-servername.db"] = "-k fail: check-names host-name policy on the SVCB target",
        ["bad-nsec3owner-padded.db"] = "check-names on an NSEC3 owner (must be unpadded base32hex): a DNSSEC naming policy",
        ["bad-ds.db"] = "DNSSEC placement: DS at the zone apex (ZoneLint has no DS-placement rule)",
        ["bad-ds-2.db"] = "DNSSEC placement: DS not at a delegation point (post-9.18 check; no DS-placement rule)",
        ["bad-rpz-prefix.db"] = "-P: response-policy-zone (RPZ) encoding of IP prefixes",
        ["ns-address-below-dname.db"] = "zone-structure check: NS address records below a DNAME (occlusion)",
        ["inherit.db"] = "an $INCLUDE fragment, not a zone; BIND's test does not load it directly either",
    };

    /// <summary>
    /// Accepted files where BIND's test checks more than acceptance (a warning, a second run with another option, a
    /// dump). ZoneLint is held only to accepting them; the extra check is listed here as not modelled.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AcceptanceOnly = new Dictionary<string, string>
    {
        ["good1.db"] = "max-ttl (-l 300 / -l 600) is not a ZoneLint option",
        ["crashzone.db"] = "BIND runs it 22 times to catch a crash in serial arithmetic",
        ["delegating-ns-address-below-dname.db"] = "BIND also warns 'is below a DNAME' (not modelled)",
        ["er-missing.db"] = "-R fail (RFC 9567 *._er TXT wildcard) is not modelled; only the default run is compared",
        ["er.db"] = "-R fail (RFC 9567 *._er TXT wildcard) is not modelled",
        ["spf.db"] = "BIND's 'found type SPF' warning (-T) is not modelled",
        ["test1.db"] = "journal test (makejournal/journalprint) is not modelled",
        ["test2.db"] = "journal test (makejournal/journalprint) is not modelled",
        ["zone1.db"] = "named-compilezone round trip is not modelled",
        ["good-rpz-prefix.db"] = "-P (RPZ) checks are not modelled",
        ["good-dns-sd-reverse.db"] = "-k fail check-names is not modelled",
        ["good-gc-msdcs.db"] = "-k fail check-names is not modelled",
        ["good-spf-exception.db"] = "-k fail check-names is not modelled",
        ["warn.deprecated.cds-sha1.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.deprecated.digest-sha1.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.deprecated.ds-alg.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.deprecated.key-alg.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.deprecated.nsec3rsasha1.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.deprecated.rsasha1.db"] = "deprecated-algorithm/digest warnings are not modelled",
        ["warn.no-a.server.db"] = "'zone has A records but is not served by IPv4 servers' warning is not modelled",
        ["warn.no-a.server.glue.db"] = "'zone has A records but is not served by IPv4 servers' warning is not modelled",
        ["warn.no-aaaa.server.db"] = "'zone has AAAA records but is not served by IPv6 servers' warning is not modelled",
        ["warn.no-aaaa.server.glue.db"] = "'zone has AAAA records but is not served by IPv6 servers' warning is not modelled",
        ["warn.inherit.origin.db"] = "BIND's 'record with inherited owner' warning is not modelled (the owner itself is tested)",
        ["warn.inherited.owner.db"] = "BIND's 'record with inherited owner' warning is not modelled (the owner itself is tested)",
        ["nowarn.inherited.owner.db"] = "BIND must not warn here (ZoneLint has no such warning to test)",
    };

    /// <summary>Files BIND accepts that ZoneLint rejects on purpose: the only rules allowed to fire, and why.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Rules, string Reason)> DialectDifferences =
        new Dictionary<string, (string[] Rules, string Reason)>
        {
            ["crashzone.db"] = (new[] { "ZL1006" },
                "line 30 has the raw byte 0xF2 as an owner name; BIND takes any octet, ZoneLint reports non-ASCII text as ZL1006"),
        };

    // Known ZoneLint bugs: in scope, ZoneLint disagrees with BIND, and the difference is not a deliberate dialect choice.
    // Each row is also a skipped [InlineData] of a KnownBug theory in CheckzoneCorpusTests; none is open.
    public static readonly IReadOnlyDictionary<string, string> KnownBugs = new Dictionary<string, string>();
}
