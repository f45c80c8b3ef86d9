using System;
using System.Linq;

namespace ZoneLint.Conformance.Tests.Differential;

/// <summary>
/// Sorts a disagreement into the classes of docs/zone-file-dialect.md ("Differences from BIND"): a deliberate
/// dialect decision, a ZoneLint bug, a BIND-version difference (the expectations are BIND HEAD's, the machine may
/// run 9.18), or a BIND check that is out of ZoneLint's scope. Anything not recognised is "unclassified" and needs
/// a look (and then a line here and in the document).
/// </summary>
public static class DisagreementClassifier
{
    public const string Dialect = "dialect decision";
    public const string Bug = "ZoneLint bug";
    public const string BindVersion = "BIND-version difference";
    public const string OutOfScope = "out of scope";
    public const string Unclassified = "unclassified";

    public static (string Class, string Reason) Classify(DifferentialRow row)
    {
        string zone = row.Zone.Name;
        string bind = row.Bind.Output;

        if (row.Mutation == null)
        {
            if (zone.StartsWith("checkzone/", StringComparison.Ordinal))
            {
                string name = zone.Substring("checkzone/".Length);
                if (CheckzoneScope.Excluded.TryGetValue(name, out var excluded)) return (OutOfScope, excluded);
                if (CheckzoneScope.KnownBugs.TryGetValue(name, out var bug) && !row.Bind.Accepted) return (Bug, Strip(bug));
                if (CheckzoneScope.DialectDifferences.TryGetValue(name, out var dialect)) return (Dialect, dialect.Reason);
                if (BindExpectations.Checkzone.TryGetValue(name, out var expected) && expected.ExpectReject
                    && row.Bind.Accepted && !row.ZoneLintAccepts)
                    return (BindVersion, $"BIND HEAD rejects it ({expected.Detail}) as ZoneLint does; this named-checkzone accepts it");
            }
            if (zone == "master/master15.data")
                return (Dialect, "65513 octets of RDATA: over BIND's loader buffer, within RDLENGTH's 65535 (RFC 1035 §3.2.1), the limit ZoneLint checks");
            if (zone == "master/master16.data")
                return (Dialect, "named-checkzone cannot store 65512 octets of RDATA ('ran out of space'), though BIND's own loader test (maxrdata) loads it; ZoneLint follows the loader");
        }

        if (Has(bind, "CDS/CDNSKEY consistency")) return (OutOfScope, "DNSSEC consistency: CDS/CDNSKEY must match a DNSKEY");
        if (Has(bind, "is below a DNAME")) return (OutOfScope, "NS below a DNAME (occlusion)");
        if (Has(bind, "disallowed (by application policy)") && row.ZoneLintAccepts)
            return (Bug, "SVCB: a mandatory key is missing, or no-default-alpn without alpn (RFC 9460 §7.1.1, §8)");
        if (Has(bind, "ran out of space") && row.ZoneLintAccepts)
            return (Dialect, "RDATA over BIND's buffer but within RDLENGTH's 65535 octets, the limit ZoneLint checks");

        var ids = row.ZoneLint.ErrorIds.ToList();
        if (row.Bind.Accepted && !row.ZoneLintAccepts && ids.Count > 0)
        {
            if (ids.All(id => id == "ZL1006")) return (Dialect, "non-ASCII text is an error (ZL1006); BIND takes any octet");
            if (ids.All(id => id == "ZL1005") && row.ZoneLint.Errors.Contains("over the limit")) return (Dialect, "$GENERATE cap");
            if (row.ZoneLint.Errors.Contains("nested parenthesis")) return (Dialect, "nested parentheses are rejected");
            if (ids.All(id => id == "ZL2013") && Has(bind, "has no address records"))
                return (Dialect, "a delegation's in-zone name server without an address: BIND warns below the apex, ZoneLint reports ZL2013 (resolvers cannot reach the child zone)");
        }
        return (Unclassified, "needs a look");
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.Ordinal);

    private static string Strip(string skipReason) => skipReason.StartsWith("bug: ", StringComparison.Ordinal) ? skipReason.Substring(5) : skipReason;
}
