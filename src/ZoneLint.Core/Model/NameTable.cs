namespace ZoneLint.Core.Model;

/// <summary>
/// Parses domain names for one zone, handing out one <see cref="DomainName"/> per spelling and origin: a host's name
/// comes back as the owner of its next records and as the target of its CNAMEs and MXs, and every record keeps its
/// names to the end of a check. A direct-mapped table like the lexer's word table: a miss replaces the slot, so
/// memory stays fixed. Spellings are compared exactly, so a name keeps the case it was written in.
/// </summary>
internal sealed class NameTable
{
    private readonly Slot[] _slots = new Slot[1024]; // 32 KB: under the large-object heap, as one is made per file

    /// <inheritdoc cref="DomainName.TryParse(string, DomainName, out DomainName?, out bool)"/>
    public string? TryParse(string text, DomainName origin, out DomainName? name, out bool wasRelative)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        ref Slot slot = ref _slots[hash & (uint)(_slots.Length - 1)];
        if (slot.Name != null && ReferenceEquals(slot.Origin, origin) && string.Equals(slot.Text, text, System.StringComparison.Ordinal))
        {
            name = slot.Name;
            wasRelative = slot.WasRelative;
            return null;
        }
        string? error = DomainName.TryParse(text, origin, out name, out wasRelative);
        if (error == null) slot = new Slot(text, origin, name!, wasRelative);
        return error;
    }

    private readonly record struct Slot(string Text, DomainName Origin, DomainName? Name, bool WasRelative);
}
