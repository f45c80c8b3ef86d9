using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Core.Fixes;

/// <summary>Character-strings as written in a zone file: their length in octets, and splitting them at spaces.</summary>
internal static class CharacterStrings
{
    /// <summary>RFC 1035 §3.3: a character-string is a length octet and at most 255 octets.</summary>
    public const int MaxOctets = 255;

    /// <summary>
    /// The units of presentation text that stand for octets: an escape (`\DDD` or `\X`) or one character (a surrogate
    /// pair together), each with the number of octets it is.
    /// </summary>
    public static List<(string Text, int Octets)> Units(string text)
    {
        var units = new List<(string, int)>();
        for (int i = 0; i < text.Length;)
        {
            int length;
            int octets;
            if (text[i] == '\\' && i + 3 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]))
            {
                length = 4;
                octets = 1;
            }
            else if (text[i] == '\\' && i + 1 < text.Length)
            {
                length = char.IsHighSurrogate(text[i + 1]) && i + 2 < text.Length ? 3 : 2;
                octets = Encoding.UTF8.GetByteCount(text.Substring(i + 1, length - 1));
            }
            else
            {
                length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                octets = Encoding.UTF8.GetByteCount(text.Substring(i, length));
            }
            units.Add((text.Substring(i, length), octets));
            i += length;
        }
        return units;
    }

    public static int Octets(string text)
    {
        int total = 0;
        foreach (var unit in Units(text)) total += unit.Octets;
        return total;
    }

    /// <summary>
    /// The text cut into pieces of at most 255 octets, each cut just after an unescaped space (a term boundary in SPF),
    /// so that the pieces joined with nothing between are the text again; null when a stretch without a space is too long.
    /// </summary>
    public static List<string>? SplitAtSpaces(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        int currentOctets = 0;
        int lastBreak = -1; // length of current up to and including its last space
        int octetsAtBreak = 0;
        foreach (var (unit, octets) in Units(text))
        {
            if (currentOctets + octets > MaxOctets)
            {
                if (lastBreak <= 0) return null;
                string piece = current.ToString();
                pieces.Add(piece.Substring(0, lastBreak));
                current.Clear().Append(piece.Substring(lastBreak));
                currentOctets -= octetsAtBreak;
                lastBreak = -1;
                if (currentOctets + octets > MaxOctets) return null;
            }
            current.Append(unit);
            currentOctets += octets;
            if (unit == " ")
            {
                lastBreak = current.Length;
                octetsAtBreak = currentOctets;
            }
        }
        pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>Each piece in double quotes, separated by one space.</summary>
    public static string Quoted(IEnumerable<string> pieces)
    {
        var sb = new StringBuilder();
        foreach (string piece in pieces)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('"').Append(piece).Append('"');
        }
        return sb.ToString();
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
