using System.Collections.Generic;
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
            // Most names have no CNAME: find that out before building anything.
            var cname = pair.Value.Find(r => r.Type == RRType.CNAME);
            if (cname == null) continue;
            if (HasOtherData(pair.Value))
            {
                var others = pair.Value.Where(IsOtherData).ToList();
                string list = string.Join(", ", others.Take(5).Select(r => $"{r.TypeName} (line {r.Span.StartLine})"));
                if (others.Count > 5) list += $" and {others.Count - 5} more";
                context.Report(Descriptor, cname.TypeSpan,
                    $"{pair.Key} has a CNAME and other data: {list}; a CNAME must stand alone at its name, so remove it or move the other records to its target");
            }
            ReportSecondCnames(context, pair.Key, pair.Value, cname);
        }
    }

    private static bool IsOtherData(ResourceRecord record) => record.Type is not (RRType.CNAME or RRType.RRSIG or RRType.NSEC);

    private static bool HasOtherData(List<ResourceRecord> records)
    {
        foreach (var record in records)
        {
            if (IsOtherData(record)) return true;
        }
        return false;
    }

    private void ReportSecondCnames(ZoneContext context, DomainName owner, List<ResourceRecord> records, ResourceRecord cname)
    {
        foreach (var extra in records)
        {
            if (extra.Type != RRType.CNAME || ReferenceEquals(extra, cname)) continue;
            if (DuplicateRecordRule.SameCanonicalRdata(extra, cname)) continue; // a duplicate; ZL2008 says so
            context.Report(Descriptor, extra.TypeSpan,
                $"{owner} has a second CNAME (the first is on line {cname.Span.StartLine}); a name can be an alias for one name only");
        }
    }
}
