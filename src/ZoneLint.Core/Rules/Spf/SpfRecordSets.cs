using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf;

/// <summary>The SPF record sets of a zone, classified once per check and shared by every SPF rule.</summary>
internal static class SpfRecordSets
{
    private sealed class Sets(IReadOnlyList<SpfRecordSet> all)
    {
        public IReadOnlyList<SpfRecordSet> All { get; } = all;

        public Dictionary<DomainName, SpfRecordSet> ByOwner { get; } = all.ToDictionary(s => s.Owner);
    }

    private static readonly ConditionalWeakTable<ZoneContext, Sets> Cache = new();

    /// <summary>Every name in the zone that has TXT or SPF records, in the order of <see cref="ZoneContext.RecordsByOwner"/>.</summary>
    public static IReadOnlyList<SpfRecordSet> InZone(ZoneContext context) => Of(context).All;

    /// <summary>The set at one name, or null when it has no TXT or SPF records.</summary>
    public static SpfRecordSet? At(ZoneContext context, DomainName owner) =>
        Of(context).ByOwner.TryGetValue(owner, out var set) ? set : null;

    private static Sets Of(ZoneContext context) => Cache.GetValue(context, c => new Sets(c.RecordsByOwner
        .Select(pair => SpfRecordSet.From(pair.Key, pair.Value))
        .OfType<SpfRecordSet>()
        .ToList()));
}
