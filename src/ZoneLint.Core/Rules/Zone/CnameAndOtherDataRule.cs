using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>
/// ZL2006: a CNAME excludes all other data at its name (RFC 1034 §3.6.2, RFC 2181 §10.1), except the DNSSEC records
/// that sign or deny it (RRSIG and NSEC, RFC 4035 §2.5). Two CNAMEs at one name are reported too.
/// </summary>
public sealed class CnameAndOtherDataRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.CnameAndOtherData;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var cnames = pair.Value.Where(r => r.Type == RRType.CNAME).ToList();
            if (cnames.Count == 0) continue;
            var others = pair.Value.Where(r => r.Type is not (RRType.CNAME or RRType.RRSIG or RRType.NSEC)).ToList();
            var cname = cnames[0];
            if (others.Count > 0)
            {
                string list = string.Join(", ", others.Take(5).Select(r => $"{r.TypeName} (line {r.Span.StartLine})"));
                if (others.Count > 5) list += $" and {others.Count - 5} more";
                context.Report(Descriptor, cname.TypeSpan,
                    $"{pair.Key} has a CNAME and other data: {list}; a CNAME must stand alone at its name, so remove it or move the other records to its target");
            }
            foreach (var extra in cnames.Skip(1))
            {
                if (DuplicateRecordRule.CanonicalRdata(extra).SequenceEqual(DuplicateRecordRule.CanonicalRdata(cname))) continue; // a duplicate; ZL2008 says so
                context.Report(Descriptor, extra.TypeSpan,
                    $"{pair.Key} has a second CNAME (the first is on line {cname.Span.StartLine}); a name can be an alias for one name only");
            }
        }
    }
}
