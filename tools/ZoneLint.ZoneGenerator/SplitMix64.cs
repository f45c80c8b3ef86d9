namespace ZoneLint.ZoneGenerator;

/// <summary>
/// SplitMix64: a tiny seeded generator whose sequence is fixed by its definition, so the same seed writes the same
/// zone on every .NET version (System.Random's seeded sequence is an implementation detail).
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    /// <summary>True with the given probability (in percent).</summary>
    public bool Percent(int percent) => Below(100) < percent;
}
