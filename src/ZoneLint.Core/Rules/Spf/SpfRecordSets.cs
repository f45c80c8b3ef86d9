using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf;

/// <summary>The SPF record sets of a zone, classified once per check and shared by every SPF rule.</summary>
internal static class SpfRecordSets
{
    private sealed class Sets
    {
        private List<(SpfCandidate, SpfRecord)>? _checked;

        public Sets(ZoneContext context)
        {
            foreach (var pair in context.RecordsByOwner)
            {
                if (SpfRecordSet.From(pair.Key, pair.Value) is not { } set) continue;
                All.Add(set);
                ByOwner[set.Owner] = set;
            }
        }

        public List<SpfRecordSet> All { get; } = new();

        public Dictionary<DomainName, SpfRecordSet> ByOwner { get; } = new();

        public List<(SpfCandidate, SpfRecord)> Checked => _checked ??= FindChecked(All);
    }

    private static readonly ConditionalWeakTable<ZoneContext, Sets> Cache = new();

    /// <summary>Every name in the zone that has TXT or SPF records, in the order of <see cref="ZoneContext.RecordsByOwner"/>.</summary>
    public static IReadOnlyList<SpfRecordSet> InZone(ZoneContext context) => Of(context).All;

    /// <summary>The set at one name, or null when it has no TXT or SPF records.</summary>
    public static SpfRecordSet? At(ZoneContext context, DomainName owner) =>
        Of(context).ByOwner.TryGetValue(owner, out var set) ? set : null;

    /// <summary>The SPF records the one-record rules check: selected by §4.5, quoting intact, not a repeat.</summary>
    public static IReadOnlyList<(SpfCandidate Candidate, SpfRecord Record)> Checked(ZoneContext context) => Of(context).Checked;

    private static Sets Of(ZoneContext context) => Cache.GetValue(context, c => new Sets(c));

    private static List<(SpfCandidate, SpfRecord)> FindChecked(List<SpfRecordSet> sets)
    {
        var result = new List<(SpfCandidate, SpfRecord)>();
        foreach (var set in sets)
        {
            for (int i = 0; i < set.Candidates.Count; i++)
            {
                var candidate = set.Candidates[i];
                if (candidate.Form == SpfCandidateForm.Record && !candidate.IsRepeat && candidate.Parsed is { } record)
                    result.Add((candidate, record));
            }
        }
        return result;
    }
}
