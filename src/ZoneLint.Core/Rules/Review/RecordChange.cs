using System;
using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Review;

/// <summary>
/// How many records a change added and removed, as a server sees them: owner, class, type, TTL and RDATA, in any
/// order and however written. The SOA serial is left out, so that a serial bump alone is no change.
/// </summary>
internal readonly struct RecordChange
{
    private RecordChange(int added, int removed)
    {
        Added = added;
        Removed = removed;
    }

    public int Added { get; }

    public int Removed { get; }

    public bool IsEmpty => Added == 0 && Removed == 0;

    public static RecordChange Between(IReadOnlyList<ResourceRecord> before, IReadOnlyList<ResourceRecord> after)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in before) Add(counts, Key(record), 1);
        foreach (var record in after) Add(counts, Key(record), -1);
        int added = 0, removed = 0;
        foreach (int count in counts.Values)
        {
            if (count > 0) removed += count;
            else added -= count;
        }
        return new RecordChange(added, removed);
    }

    public string Describe()
    {
        var parts = new List<string>(2);
        if (Added > 0) parts.Add(Added == 1 ? "1 record added" : $"{Added} records added");
        if (Removed > 0) parts.Add(Removed == 1 ? "1 removed" : $"{Removed} removed");
        return parts.Count == 0 ? "no record changed" : string.Join(", ", parts);
    }

    private static void Add(Dictionary<string, int> counts, string key, int delta) =>
        counts[key] = (counts.TryGetValue(key, out int count) ? count : 0) + delta;

    private static string Key(ResourceRecord record)
    {
        var wire = record.Rdata.Wire;
        if (record.Type == RRType.SOA && wire.Length >= 20)
        {
            wire = (byte[])wire.Clone();
            Array.Clear(wire, wire.Length - 20, 4);
        }
        // Names compare without regard to ASCII case (RFC 4343); the owner's text form is canonical for that.
        return $"{record.Owner.ToString().ToLowerInvariant()} {record.Class} {record.Type} {record.Ttl} {Convert.ToBase64String(wire)}";
    }
}
