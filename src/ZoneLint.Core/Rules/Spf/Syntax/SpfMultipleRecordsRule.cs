using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3004: more than one SPF record at a name, TXT and type 99 counted together (a type-99 record that repeats a TXT
/// record's text is left to ZL3013, and an exact duplicate to ZL2008). Records whose quoting is damaged (ZL3002,
/// ZL1006) count as what they were meant to be, so one run shows both mistakes. Reported on the second and later
/// records, with the merged record to write instead.
/// </summary>
public sealed class SpfMultipleRecordsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfMultipleRecords;

    public override void Analyze(ZoneContext context)
    {
        foreach (var set in SpfRecordSets.InZone(context))
        {
            if (!HasTwoIntended(set)) continue;
            var records = set.Intended.ToList();
            var merged = SpfRecordMerger.Merge(records.Select(r => r.IntendedText));
            var first = records[0];
            string line = SpfZoneText.Line(first.Record, merged.Text, "TXT");
            string notes = merged.Notes.Count == 0 ? "" : " (" + string.Join("; ", merged.Notes) + ")";
            var second = records[1].Record;
            context.Report(Descriptor, second.Span,
                $"{SpfZoneText.Ordinal(2)} SPF record at {set.Owner} (the first is on line {first.Record.Span.StartLine}): with more than one, " +
                $"receivers return permerror (RFC 7208 §4.5) and mail from every sender fails SPF; merge the {records.Count} records into one: " +
                $"{line}{notes}");
            // The merged record is offered once: repeating it on every further record would grow with the square of their number.
            for (int i = 2; i < records.Count; i++)
            {
                context.Report(Descriptor, records[i].Record.Span,
                    $"{SpfZoneText.Ordinal(i + 1)} SPF record at {set.Owner}: merge it too (see the record on line {second.Span.StartLine} for the merged one)");
            }
        }
    }

    /// <summary>Whether <see cref="SpfRecordSet.Intended"/> has two records or more, asked of every set without building a list.</summary>
    private static bool HasTwoIntended(SpfRecordSet set)
    {
        int count = 0;
        for (int i = 0; i < set.Candidates.Count; i++)
        {
            var candidate = set.Candidates[i];
            if (candidate.IsIntendedSpf && !candidate.IsRepeat && ++count == 2) return true;
        }
        return false;
    }
}
