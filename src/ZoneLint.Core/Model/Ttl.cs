namespace ZoneLint.Core.Model;

/// <summary>TTL values as BIND reads them: seconds (3600) or units (1w2d3h4m5s, any case).</summary>
public static class Ttl
{
    /// <summary>RFC 2181 §8: a TTL is an unsigned number from 0 to 2^31 - 1.</summary>
    public const uint Max = 2147483647;

    /// <summary>Parses a TTL; returns null on success, else why the text is not a TTL.</summary>
    public static string? TryParse(string text, out uint seconds)
    {
        seconds = 0;
        if (text.Length == 0) return "the TTL is empty";
        ulong total = 0;
        ulong current = 0;
        bool haveDigits = false;
        bool haveUnit = false;
        foreach (char c in text)
        {
            if (c >= '0' && c <= '9')
            {
                current = current * 10 + (ulong)(c - '0');
                if (current > uint.MaxValue) return $"'{text}' is over {Max} seconds";
                haveDigits = true;
                continue;
            }
            ulong unit = char.ToLowerInvariant(c) switch
            {
                'w' => 604800,
                'd' => 86400,
                'h' => 3600,
                'm' => 60,
                's' => 1,
                _ => 0,
            };
            if (unit == 0) return $"'{text}' is not a TTL: use seconds or units w, d, h, m, s (e.g. 1h30m)";
            if (!haveDigits) return $"'{text}' is not a TTL: a unit must follow a number (e.g. 1h)";
            total += current * unit;
            if (total > uint.MaxValue) return $"'{text}' is over {Max} seconds";
            current = 0;
            haveDigits = false;
            haveUnit = true;
        }
        if (haveDigits)
        {
            // BIND (lib/dns/ttl.c) takes a bare number only as the whole TTL: after a unit, every number needs one.
            if (haveUnit) return $"'{text}' is not a TTL: the last number has no unit (write {text}s or {text}m)";
            total += current;
        }
        else if (!haveUnit)
        {
            return $"'{text}' is not a TTL";
        }
        if (total > Max) return $"'{text}' ({total} seconds) is over the largest TTL, {Max} (RFC 2181 §8)";
        seconds = (uint)total;
        return null;
    }

    public static bool LooksLikeTtl(string text) => text.Length > 0 && text[0] >= '0' && text[0] <= '9';
}
