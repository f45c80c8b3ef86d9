using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3016: a record meant as SPF that receivers do not select (RFC 7208 §4.5): `v=spf 1`, `v=spf1a`, `spf1 ...`, no
/// version, a leading space or a stray quote. Not reported for unquoted text (ZL3002 says it), nor for `v=spf1` glued
/// to the next string (ZL3003). For words in typographic quotes the lexer already reports each quote (ZL1006); this
/// rule adds a finding only when the text inside the quotes would still not be SPF, because then fixing the quotes
/// alone is not enough.
/// </summary>
public sealed class SpfNotRecognisedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfNotRecognised;

    public override void Analyze(ZoneContext context)
    {
        foreach (var set in SpfRecordSets.InZone(context))
        {
            bool? hasSpf = null;
            for (int i = 0; i < set.Candidates.Count; i++)
            {
                var candidate = set.Candidates[i];
                if (candidate.IsRepeat || candidate.Recognition is not { } recognition) continue;
                hasSpf ??= set.Selected.Any();
                if (candidate.Form == SpfCandidateForm.NotRecognised && !recognition.VersionGlued)
                {
                    var span = candidate.Text.SpanOf(recognition.Start, System.Math.Max(recognition.End, recognition.Start + 1)) ?? candidate.TextSpan;
                    Report(context, candidate, span, recognition, hasSpf.Value);
                }
                else if (candidate.Form == SpfCandidateForm.TypographicQuotes)
                {
                    Report(context, candidate, candidate.Text.Strings[0].Token.Span, recognition, hasSpf.Value);
                }
            }
        }
    }

    private void Report(ZoneContext context, SpfCandidate candidate, Text.SourceSpan span, SpfRecognition recognition, bool hasSpf)
    {
        string consequence = hasSpf
            ? "so receivers ignore this record"
            : $"so receivers ignore it and {candidate.Record.Owner} has no SPF record";
        string fix = candidate.Form == SpfCandidateForm.TypographicQuotes ? "straight quotes and the version repaired" : "the version repaired";
        context.Report(Descriptor, span,
            $"{recognition.Reason}; receivers select SPF records by that exact start (RFC 7208 §4.5), {consequence}; " +
            $"with {fix}: {SpfZoneText.Line(candidate.Record, recognition.Fixed)}");
    }
}
