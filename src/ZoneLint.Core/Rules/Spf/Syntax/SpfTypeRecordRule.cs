using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3013: a policy published as RR type SPF (99), which RFC 7208 §3.1 discontinued. Once per name, at the first
/// such record's type, saying whether the same text is already published as TXT.
/// </summary>
public sealed class SpfTypeRecordRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfTypeRecord;

    public override void Analyze(ZoneContext context)
    {
        foreach (var set in SpfRecordSets.InZone(context))
        {
            if (!HasSpfType(set)) continue;
            var typed = set.Candidates.Where(c => c.IsSpfType).ToList();
            var first = typed[0];
            var txt = set.Candidates.Where(c => !c.IsSpfType).Select(c => c.IntendedText).ToList();
            string others = typed.Count > 1 ? $" (and the {typed.Count - 1} other SPF-type record{(typed.Count > 2 ? "s" : "")} at this name)" : "";
            string advice = txt.Contains(first.IntendedText)
                ? "the same text is already published as TXT, which is what receivers read, so delete this record" + others
                : $"publish the text as TXT instead: {SpfZoneText.Line(first.Record, first.IntendedText, RRType.ToName(RRType.TXT))}, and delete this record" + others;
            context.Report(Descriptor, first.Record.TypeSpan,
                $"the SPF record type (99) was discontinued by RFC 7208 §3.1 and receivers look only at TXT records; {advice}");
        }
    }

    private static bool HasSpfType(SpfRecordSet set)
    {
        for (int i = 0; i < set.Candidates.Count; i++)
        {
            if (set.Candidates[i].IsSpfType) return true;
        }
        return false;
    }
}
