using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// The one record that does what several SPF records at a name were meant to do together. <see cref="Chose"/> is true
/// when the records disagree and the merge had to pick: they end differently (a different `all` or redirect, or one
/// with neither, which ends neutral), name different `exp=` (or only one does), or pass a mechanism one fails. Then
/// the merge is an offer for a person to confirm, not a certain rewrite.
/// </summary>
public sealed record SpfMergedRecord(string Text, int Lookups, IReadOnlyList<string> Notes, bool Chose);

/// <summary>
/// Merges SPF records (ZL3004's offer): every term in order without repeats, one `all` at the end taken from the last
/// record that has one (usually the provider's record just added, e.g. Google's `~all`), and any `redirect=` turned
/// into `include:` when an `all` ends the merge (a redirect beside all is ignored, RFC 7208 §6.1).
/// </summary>
public static class SpfRecordMerger
{
    public const int LookupLimit = 10;
    public const int AdvisedOctets = 450;

    public static SpfMergedRecord Merge(IEnumerable<string> records)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var alls = new List<string>();
        var redirects = new List<string>();
        var exps = new List<string>();
        // What a merge must not decide for the user: how each record ends (its all, its redirect, or neither, which is
        // neutral), its exp=, and a mechanism that one record passes and another fails.
        var endings = new HashSet<string>(StringComparer.Ordinal);
        var explanations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var qualifiers = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        bool conflicting = false;
        foreach (string record in records)
        {
            string ending = "", explanation = "";
            foreach (string word in record.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                string bare = word.TrimStart('+', '-', '~', '?');
                char qualifier = word.Length > bare.Length ? word[0] : '+';
                if (bare.Equals("all", StringComparison.OrdinalIgnoreCase))
                {
                    alls.Add(word);
                    ending = qualifier + "all";
                }
                else if (bare.StartsWith("redirect=", StringComparison.OrdinalIgnoreCase))
                {
                    redirects.Add(word.Substring("redirect=".Length));
                    if (ending.Length == 0) ending = word.ToLowerInvariant();
                }
                else if (bare.StartsWith("exp=", StringComparison.OrdinalIgnoreCase))
                {
                    exps.Add(word);
                    explanation = word;
                }
                else
                {
                    if (seen.Add(word.StartsWith("+", StringComparison.Ordinal) ? word.Substring(1) : word)) terms.Add(word);
                    if (bare.IndexOf('=') < 0 && qualifiers.TryGetValue(bare, out char earlier)) conflicting |= earlier != qualifier;
                    else qualifiers[bare] = qualifier;
                }
            }
            endings.Add(ending);
            explanations.Add(explanation);
        }
        var notes = new List<string>();
        string? end = alls.Count > 0 ? alls[alls.Count - 1] : null;
        var kept = redirects.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? redirect = end == null && kept.Count > 0 ? kept[kept.Count - 1] : null;
        foreach (string target in kept.Where(t => t != redirect))
        {
            if (seen.Add("include:" + target)) terms.Add("include:" + target);
            notes.Add($"redirect={target} becomes include:{target}");
        }
        var distinctAlls = alls.Select(a => a.StartsWith("+", StringComparison.Ordinal) || a.Length == 3 ? "+all" : a.ToLowerInvariant()).Distinct().ToList();
        if (distinctAlls.Count > 1)
            notes.Add($"the records end with {string.Join(" and ", distinctAlls)}; the merge keeps {end} of the last one, use -all once every sender is listed");

        string? exp = exps.Count > 0 ? exps[0] : null;
        bool chose = endings.Count > 1 || explanations.Count > 1 || conflicting;

        var parts = new List<string> { SpfRecordParser.Version };
        parts.AddRange(terms);
        if (exp != null) parts.Add(exp);
        if (redirect != null) parts.Add("redirect=" + redirect);
        if (end != null) parts.Add(end);
        string text = string.Join(" ", parts);

        int lookups = terms.Count(CostsLookup) + (redirect != null ? 1 : 0);
        bool includes = terms.Any(t => t.TrimStart('+', '-', '~', '?').StartsWith("include:", StringComparison.OrdinalIgnoreCase)) || redirect != null;
        if (lookups > LookupLimit)
            notes.Add($"the merged record has {lookups} DNS-querying terms of its own{(includes ? ", before counting those inside its includes" : "")}, over the limit of {LookupLimit} (RFC 7208 §4.6.4)");
        if (text.Length > AdvisedOctets)
            notes.Add($"the merged record is {text.Length} octets, over the {AdvisedOctets} RFC 7208 §3.4 advises");
        return new SpfMergedRecord(text, lookups, notes, chose);
    }

    /// <summary>RFC 7208 §4.6.4: include, a, mx, ptr and exists query DNS (redirect too, counted apart).</summary>
    private static bool CostsLookup(string term)
    {
        string bare = term.TrimStart('+', '-', '~', '?').ToLowerInvariant();
        int end = bare.IndexOfAny(new[] { ':', '/' });
        string name = end < 0 ? bare : bare.Substring(0, end);
        return name is "include" or "a" or "mx" or "ptr" or "exists";
    }
}
