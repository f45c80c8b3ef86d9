using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2010: one SOA, at the apex (RFC 1035 §5.2).</summary>
public sealed class SoaPlacementRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MisplacedSoa;

    public override void Analyze(ZoneContext context)
    {
        var soas = new List<ResourceRecord>(1);
        foreach (var record in context.Records)
        {
            if (record.Type == RRType.SOA) soas.Add(record);
        }
        foreach (var soa in soas)
        {
            if (!soa.Owner.Equals(context.Apex) && !context.Apex.IsRoot)
                context.Report(Descriptor, soa.OwnerSpan,
                    $"the SOA is at {soa.Owner}, not at the zone's apex {context.Apex}; own it by '@' (or check the origin)");
        }
        foreach (var extra in soas.Skip(1))
        {
            // The same SOA twice is one record (an RRset is a set): BIND loads it, and ZL2008 reports the repetition.
            if (extra.Owner.Equals(soas[0].Owner) && DuplicateRecordRule.SameCanonicalRdata(extra, soas[0])) continue;
            context.Report(Descriptor, extra.TypeSpan,
                $"a second SOA (the first is on line {soas[0].Span.StartLine}); a zone has exactly one, so delete this one");
        }
    }
}

/// <summary>ZL2011: a zone file with no SOA at its apex.</summary>
public sealed class MissingSoaRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MissingSoa;

    public override void Analyze(ZoneContext context)
    {
        if (context.RecordsAt(context.Apex).Any(r => r.Type == RRType.SOA) || context.Zone.Files.Count == 0) return;
        // A file that failed to parse anywhere already says so; this rule speaks only of a file that read cleanly.
        if (context.Zone.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return;
        var top = context.Zone.Files[0];
        var where = context.Records.Count > 0 && context.Records[0].Span.File == top.Path ? context.Records[0].Span : top.Span(0, 0);
        context.Report(Descriptor, where,
            $"the zone {context.Apex} has no SOA record at its apex; add one at '@' (or check the origin: the file is read as zone {context.Apex})");
    }
}

/// <summary>ZL2012: an apex with an SOA but no NS records.</summary>
public sealed class MissingApexNsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MissingApexNs;

    public override void Analyze(ZoneContext context)
    {
        var apexRecords = context.RecordsAt(context.Apex);
        var soa = apexRecords.FirstOrDefault(r => r.Type == RRType.SOA);
        if (soa == null || apexRecords.Any(r => r.Type == RRType.NS)) return;
        context.Report(Descriptor, soa.Span,
            $"the zone {context.Apex} has no NS records at its apex; add one NS record for each server that serves it");
    }
}
