namespace ZoneLint.Core.Syntax;

/// <summary>
/// Hands out one string per distinct short word: `IN`, `A`, `TXT`, TTLs and small numbers repeat on nearly every
/// line, and every record keeps its tokens, so on a zone of millions of records a copy per token is most of the heap.
/// A direct-mapped table: a miss replaces the slot, so memory stays fixed and a unique name costs one probe.
/// </summary>
internal sealed class WordTable
{
    private const int MaxLength = 12;
    private readonly string?[] _slots = new string?[4096];

    public string Get(string text, int start, int length)
    {
        if (length > MaxLength) return text.Substring(start, length);
        uint hash = 2166136261;
        for (int i = 0; i < length; i++) hash = (hash ^ text[start + i]) * 16777619;
        ref string? slot = ref _slots[hash & (uint)(_slots.Length - 1)];
        if (slot != null && slot.Length == length && string.CompareOrdinal(slot, 0, text, start, length) == 0) return slot;
        return slot = text.Substring(start, length);
    }
}
