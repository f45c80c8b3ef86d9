using System.Collections.Generic;
using ZoneLint.Core.Rdata;

namespace ZoneLint.Core.Spf;

public sealed partial class SpfRecordSet
{
    /// <summary>
    /// True when a TXT record cannot be SPF in any form <see cref="Classify"/> recognises, decided from its octets
    /// without building its text: every string quoted (so no quoting to repair), no leading space or quote, no
    /// version-like start (`v=spf1`, `v = sfp`, `spf1`...), and no word that <see cref="Recognise"/> would take for an
    /// unmistakable term. Most TXT records of a large zone (DKIM keys, verification tokens) are answered here. The
    /// test only errs towards false: a record it lets through is classified in full.
    /// </summary>
    internal static bool CannotBeSpf(IReadOnlyList<CharacterString> strings)
    {
        for (int i = 0; i < strings.Count; i++)
        {
            if (!strings[i].WasQuoted) return false;
        }
        var octets = new OctetCursor(strings);
        int first = octets.Next();
        if (first is ' ' or '\t' or '"' or '\'' or '`' or 0xE2) return false; // 0xE2: the first octet of every typographic quote
        if (first is 'v' or 'V')
        {
            // The regex's `v\s*(?:[=:\-]\s*)?` before the letters.
            int c = SkipSpaces(ref octets, octets.Next());
            if (c is '=' or ':' or '-') c = SkipSpaces(ref octets, octets.Next());
            if (SpfLetters(ref octets, c)) return false;
        }
        else if (SpfLetters(ref octets, first))
        {
            return false;
        }
        return !HasUnmistakableWord(strings);
    }

    /// <summary>Any octet .NET's `\s` may match in Latin-1, and more: a superset is safe here.</summary>
    private static int SkipSpaces(ref OctetCursor octets, int c)
    {
        while (c >= 0 && (c <= ' ' || c == 0x85 || c == 0xA0)) c = octets.Next();
        return c;
    }

    /// <summary>`spf`, `sfp` or `psf` in any case, starting at <paramref name="c"/>.</summary>
    private static bool SpfLetters(ref OctetCursor octets, int c)
    {
        int a = LowerAscii(c);
        if (a != 's' && a != 'p') return false;
        int b = LowerAscii(octets.Next()), d = LowerAscii(octets.Next());
        return (a == 's' && b == 'p' && d == 'f') || (a == 's' && b == 'f' && d == 'p') || (a == 'p' && b == 's' && d == 'f');
    }

    /// <summary>
    /// A space-separated word that, past its qualifiers, starts with `ip4:`, `ip6:`, `include:`, `redirect=` or `all`
    /// in any case: a superset of <see cref="IsUnmistakableTerm"/>.
    /// </summary>
    private static bool HasUnmistakableWord(IReadOnlyList<CharacterString> strings)
    {
        var octets = new OctetCursor(strings);
        const int Longest = 9; // "redirect="
        var head = new char[Longest];
        int length = 0;
        bool inWord = false, pastQualifiers = false;
        for (int c = octets.Next(); ; c = octets.Next())
        {
            if (c < 0 || c == ' ')
            {
                if (inWord && StartsUnmistakably(head, length)) return true;
                if (c < 0) return false;
                inWord = pastQualifiers = false;
                length = 0;
                continue;
            }
            inWord = true;
            if (!pastQualifiers && c is '+' or '-' or '~' or '?') continue;
            pastQualifiers = true;
            if (length < Longest) head[length++] = (char)LowerAscii(c);
        }
    }

    private static bool StartsUnmistakably(char[] head, int length) =>
        HeadIs(head, length, "ip4:") || HeadIs(head, length, "ip6:") || HeadIs(head, length, "include:")
        || HeadIs(head, length, "redirect=") || HeadIs(head, length, "all");

    private static bool HeadIs(char[] head, int length, string prefix)
    {
        if (length < prefix.Length) return false;
        for (int i = 0; i < prefix.Length; i++)
        {
            if (head[i] != prefix[i]) return false;
        }
        return true;
    }

    private static int LowerAscii(int c) => c >= 'A' && c <= 'Z' ? c + 32 : c;

    /// <summary>The octets of character-strings as if joined, one at a time (-1 at the end), without joining them.</summary>
    private struct OctetCursor(IReadOnlyList<CharacterString> strings)
    {
        private int _string, _offset;

        public int Next()
        {
            while (_string < strings.Count)
            {
                var value = strings[_string].Value;
                if (_offset < value.Length) return value[_offset++];
                _string++;
                _offset = 0;
            }
            return -1;
        }
    }

    /// <summary>The character-strings joined, one char per octet (Latin-1), in one exact-size buffer.</summary>
    internal static string Join(IReadOnlyList<CharacterString> strings)
    {
        int total = 0;
        for (int i = 0; i < strings.Count; i++) total += strings[i].Value.Length;
        if (total == 0) return "";
        var chars = new char[total];
        int at = 0;
        for (int i = 0; i < strings.Count; i++)
        {
            var value = strings[i].Value;
            for (int k = 0; k < value.Length; k++) chars[at++] = (char)value[k];
        }
        return new string(chars);
    }

    /// <summary>Two candidates with the same type, form and joined octets (however the strings are split).</summary>
    private sealed class SameText : IEqualityComparer<SpfCandidate>
    {
        public static readonly SameText Instance = new();

        public bool Equals(SpfCandidate? x, SpfCandidate? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.Record.Type != y.Record.Type || x.Form != y.Form) return false;
            var a = new OctetCursor(x.Record.Rdata.Strings);
            var b = new OctetCursor(y.Record.Rdata.Strings);
            while (true)
            {
                int c = a.Next();
                if (c != b.Next()) return false;
                if (c < 0) return true;
            }
        }

        public int GetHashCode(SpfCandidate candidate)
        {
            unchecked
            {
                uint hash = 2166136261u ^ candidate.Record.Type ^ ((uint)candidate.Form << 16);
                var octets = new OctetCursor(candidate.Record.Rdata.Strings);
                for (int c = octets.Next(); c >= 0; c = octets.Next()) hash = (hash ^ (uint)c) * 16777619u;
                return (int)hash;
            }
        }
    }
}
