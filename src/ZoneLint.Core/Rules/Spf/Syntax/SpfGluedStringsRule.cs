using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3003: a record split into strings with no space where two of them meet, so the last term of one and the first
/// of the next are read as one (RFC 7208 §3.3 joins strings with nothing between them). Also when `v=spf1` itself is
/// glued to the first term, which makes the record no SPF record at all (reported here rather than as ZL3016,
/// because the fix is the same: a space at the boundary).
/// </summary>
public sealed class SpfGluedStringsRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfGluedStrings;

    public override void Analyze(ZoneContext context)
    {
        foreach (var set in SpfRecordSets.InZone(context))
        {
            for (int i = 0; i < set.Candidates.Count; i++)
            {
                var candidate = set.Candidates[i];
                if (candidate.IsRepeat) continue;
                if (candidate.Form == SpfCandidateForm.Record)
                {
                    foreach (var glued in GluedWords(candidate.Text)) Report(context, candidate, glued, "a syntax error (permerror)");
                }
                else if (candidate.Form == SpfCandidateForm.NotRecognised && candidate.Recognition!.VersionGlued)
                {
                    var word = SpfZoneText.Words(candidate.Text.Value).First();
                    var pieces = new[] { SpfRecordParser.Version, candidate.Text.Value.Substring(word.Start + 6, word.End - word.Start - 6) };
                    Report(context, candidate, new GluedWord(word.Start, word.End, pieces, new[] { word.Start + 6 }),
                        "not the version \"v=spf1\" followed by a space, so receivers see no SPF record here at all (RFC 7208 §4.5)");
                }
            }
        }
    }

    private void Report(ZoneContext context, SpfCandidate candidate, GluedWord glued, string consequence)
    {
        var text = candidate.Text;
        var span = text.SpanOf(glued.Start, glued.End) ?? candidate.TextSpan;
        string whole = text.Value.Substring(glued.Start, glued.End - glued.Start);
        string parts = string.Join(" and ", glued.Pieces.Select(p => $"'{p}'"));
        int boundary = glued.Boundaries[0];
        int index = SpfRecordSet.Boundaries(text).ToList().IndexOf(boundary);
        var before = text.Strings[index];
        string tail = SpfRecordSet.Latin1(before.Value);
        if (tail.Length > 24) tail = "..." + tail.Substring(tail.Length - 24);
        context.Report(Descriptor, span,
            $"the strings meet with no space between them, so {parts} are read as one term '{whole}', which is {consequence}; " +
            $"end the string on line {before.Token.Span.StartLine} with a space (\"{SpfZoneText.Escape(tail)} \") or start the next one with a space");
    }

    /// <summary>A word of the joined text that crosses string boundaries where two terms meet.</summary>
    internal sealed record GluedWord(int Start, int End, IReadOnlyList<string> Pieces, IReadOnlyList<int> Boundaries);

    /// <summary>
    /// Words that cross a boundary and read as two terms glued: invalid as a whole while a later piece is a term on its
    /// own (`ip4:192.0.2.1include:...`, `amx`), or valid as a whole while every piece is a term too
    /// (`include:a.exampleinclude:b.example`). A long term split on purpose (`include:_spf.goo` `gle.com`) is left alone.
    /// </summary>
    internal static IEnumerable<GluedWord> GluedWords(SpfText text)
    {
        var boundaries = SpfRecordSet.Boundaries(text);
        if (boundaries.Count == 0) yield break;
        foreach (var (start, end) in SpfZoneText.Words(text.Value))
        {
            var inner = boundaries.Where(b => b > start && b < end).ToList();
            if (inner.Count == 0 || start == 0) continue;
            var cuts = new List<int> { start };
            cuts.AddRange(inner);
            cuts.Add(end);
            var pieces = new List<string>();
            for (int i = 0; i < cuts.Count - 1; i++) pieces.Add(text.Value.Substring(cuts[i], cuts[i + 1] - cuts[i]));
            bool wholeValid = SpfRecordParser.IsValidTerm(text.Value.Substring(start, end - start));
            bool glued = wholeValid ? pieces.All(SpfRecordParser.IsValidTerm) : pieces.Skip(1).Any(SpfRecordParser.IsValidTerm);
            if (glued) yield return new GluedWord(start, end, pieces, inner);
        }
    }
}
