using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3002: SPF text written wholly or partly without double quotes: every word is its own character-string and a
/// resolver joins them with nothing between (RFC 7208 §3.3). Only this is reported for such a record (not ZL3001 or
/// ZL3016 about the glued text a resolver sees): quoting it is the one fix, and the message shows the line to write.
/// </summary>
public sealed class SpfNotQuotedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfNotQuoted;

    public override void Analyze(ZoneContext context)
    {
        foreach (var set in SpfRecordSets.InZone(context))
        {
            for (int i = 0; i < set.Candidates.Count; i++)
            {
                var candidate = set.Candidates[i];
                if (candidate.Form == SpfCandidateForm.Unquoted && !candidate.IsRepeat) Report(context, candidate);
            }
        }
    }

    private void Report(ZoneContext context, SpfCandidate candidate)
    {
        var strings = candidate.Text.Strings;
        var unquoted = strings.Where(s => !s.WasQuoted).ToList();
        var span = unquoted[0].Token.Span.Union(unquoted[unquoted.Count - 1].Token.Span);
        bool wholly = unquoted.Count == strings.Count;
        string seen = candidate.Value;
        string verdict = candidate.Parsed == null
            ? "which is no SPF record at all (RFC 7208 §4.5)"
            : candidate.Parsed.IsValid ? "which is not the record that was meant" : "an SPF record with a syntax error (permerror)";
        string intended = candidate.Intended != null ? candidate.IntendedText : SpfRecordSet.Recognise(candidate.IntendedText)?.Fixed ?? candidate.IntendedText;
        string type = candidate.Record.TypeName;
        string what = wholly ? $"the {type} data is not in double quotes" : $"part of the {type} data ({Written(unquoted)}) is not in double quotes";
        context.Report(Descriptor, span,
            $"{what}, so each word is its own character-string and a resolver joins them with nothing between: {SpfZoneText.Shown(seen)}, " +
            $"{verdict}; write {SpfZoneText.Line(candidate.Record, intended)}");
    }

    /// <summary>The unquoted words as written in the file, shortened when long.</summary>
    private static string Written(IReadOnlyList<CharacterString> words)
    {
        string written = string.Join(" ", words.Select(w => w.Token.Text));
        return written.Length <= 60 ? written : written.Substring(0, 57) + "...";
    }
}
