using System;
using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Core.Model;

/// <summary>
/// A fully qualified domain name, kept as its labels in wire form (RFC 1035 §3.1). Comparison ignores
/// ASCII case (RFC 4343). At most 63 octets a label, 255 octets in all.
/// </summary>
public sealed class DomainName : IEquatable<DomainName>
{
    public const int MaxLabelLength = 63;
    public const int MaxNameLength = 255;

    private readonly byte[][] _labels;
    private int _hash;

    public static readonly DomainName Root = new(Array.Empty<byte[]>());

    private DomainName(byte[][] labels) => _labels = labels;

    public int LabelCount => _labels.Length;

    public IReadOnlyList<byte[]> Labels => _labels;

    public bool IsRoot => _labels.Length == 0;

    /// <summary>Length in wire form, the final root label included.</summary>
    public int WireLength
    {
        get
        {
            int length = 1;
            foreach (var label in _labels) length += label.Length + 1;
            return length;
        }
    }

    public byte[] ToWire()
    {
        var wire = new byte[WireLength];
        int i = 0;
        foreach (var label in _labels)
        {
            wire[i++] = (byte)label.Length;
            Buffer.BlockCopy(label, 0, wire, i, label.Length);
            i += label.Length;
        }
        wire[i] = 0;
        return wire;
    }

    public void WriteWire(List<byte> output)
    {
        foreach (var label in _labels)
        {
            output.Add((byte)label.Length);
            output.AddRange(label);
        }
        output.Add(0);
    }

    /// <summary>This name with <paramref name="suffix"/> appended, or null when the result is over 255 octets.</summary>
    public DomainName? Append(DomainName suffix)
    {
        if (suffix.IsRoot) return this;
        if (WireLength + suffix.WireLength - 1 > MaxNameLength) return null;
        var labels = new byte[_labels.Length + suffix._labels.Length][];
        // A loop, not Array.Copy: for a handful of references the general copy's type checks cost more than the copy.
        for (int i = 0; i < _labels.Length; i++) labels[i] = _labels[i];
        for (int i = 0; i < suffix._labels.Length; i++) labels[_labels.Length + i] = suffix._labels[i];
        return new DomainName(labels);
    }

    /// <summary>True when this name is <paramref name="ancestor"/> or below it.</summary>
    public bool IsSubdomainOf(DomainName ancestor)
    {
        int offset = _labels.Length - ancestor._labels.Length;
        if (offset < 0) return false;
        for (int i = 0; i < ancestor._labels.Length; i++)
        {
            if (!LabelEquals(_labels[offset + i], ancestor._labels[i])) return false;
        }
        return true;
    }

    /// <summary>The name without its first <paramref name="count"/> labels.</summary>
    public DomainName Parent(int count = 1)
    {
        if (count >= _labels.Length) return Root;
        var labels = new byte[_labels.Length - count][];
        Array.Copy(_labels, count, labels, 0, labels.Length);
        return new DomainName(labels);
    }

    public static DomainName FromLabels(IEnumerable<byte[]> labels) => new(new List<byte[]>(labels).ToArray());

    /// <summary>Parses an absolute name; throws on a bad one. For tests and configuration values.</summary>
    public static DomainName Parse(string text)
    {
        var result = TryParse(text, Root, out var name, out _);
        if (result != null) throw new FormatException($"invalid domain name '{text}': {result}");
        return name!;
    }

    /// <summary>
    /// Parses a name in presentation form. A name that does not end in an unescaped dot is relative and gets
    /// <paramref name="origin"/> appended; `@` is the origin. Returns null on success, else the reason it is invalid.
    /// </summary>
    public static string? TryParse(string text, DomainName origin, out DomainName? name) =>
        TryParse(text, origin, out name, out _);

    public static string? TryParse(string text, DomainName origin, out DomainName? name, out bool wasRelative)
    {
        name = null;
        wasRelative = false;
        if (text.Length == 0) return "the name is empty";
        if (text == "@")
        {
            name = origin;
            wasRelative = true;
            return null;
        }
        if (text == ".")
        {
            name = Root;
            return null;
        }

        if (IsPlainAscii(text)) return TryParsePlain(text, origin, out name, out wasRelative);

        var labels = new List<byte[]>();
        var label = new List<byte>();
        bool absolute = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (label.Count == 0) return i == 0 ? "the name starts with a dot" : "empty label (two dots in a row)";
                labels.Add(label.ToArray());
                label.Clear();
                if (i == text.Length - 1) absolute = true;
                continue;
            }
            if (c == '\\')
            {
                if (i + 1 >= text.Length) return "the name ends with a lone backslash";
                if (IsDigit(text[i + 1]))
                {
                    if (i + 3 >= text.Length || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3])) return "bad escape: \\DDD needs three digits";
                    int value = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                    if (value > 255) return $"bad escape: \\{text.Substring(i + 1, 3)} is over 255";
                    label.Add((byte)value);
                    i += 3;
                }
                else if (char.IsHighSurrogate(text[i + 1]) && i + 2 < text.Length && char.IsLowSurrogate(text[i + 2]))
                {
                    // `\X` is X's octets, and X may be a character outside the BMP: two chars, one UTF-8 sequence.
                    label.AddRange(Encoding.UTF8.GetBytes(text.Substring(i + 1, 2)));
                    i += 2;
                }
                else
                {
                    AppendUtf8(label, text[i + 1]);
                    i++;
                }
                if (label.Count > MaxLabelLength) return LabelTooLong(label.Count);
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                label.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else
            {
                AppendUtf8(label, c);
            }
            if (label.Count > MaxLabelLength) return LabelTooLong(label.Count);
        }
        if (label.Count > 0) labels.Add(label.ToArray());

        return Complete(new DomainName(labels.ToArray()), absolute, origin, out name, out wasRelative);
    }

    /// <summary>ASCII with no escape: each char is one octet, so labels can be cut straight out of the text.</summary>
    private static bool IsPlainAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80 || c == '\\') return false;
        }
        return true;
    }

    /// <summary>
    /// The common case of <see cref="TryParse(string, DomainName, out DomainName?, out bool)"/>, without the per-octet
    /// lists; it finds the same first mistake, scanning left to right as the general path does.
    /// </summary>
    private static string? TryParsePlain(string text, DomainName origin, out DomainName? name, out bool wasRelative)
    {
        name = null;
        wasRelative = false;
        int count = 0;
        foreach (char c in text)
        {
            if (c == '.') count++;
        }
        bool absolute = text[text.Length - 1] == '.';
        var labels = new byte[absolute ? count : count + 1][];
        int start = 0, index = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '.')
            {
                if (i - start + 1 > MaxLabelLength) return LabelTooLong(i - start + 1);
                continue;
            }
            if (i == text.Length && absolute) break;
            if (i == start) return i == 0 ? "the name starts with a dot" : "empty label (two dots in a row)";
            var label = new byte[i - start];
            for (int j = 0; j < label.Length; j++) label[j] = (byte)text[start + j];
            labels[index++] = label;
            start = i + 1;
        }

        return Complete(new DomainName(labels), absolute, origin, out name, out wasRelative);
    }

    /// <summary>The last step of both parse paths: a relative name gets the origin, then the whole name is measured.</summary>
    private static string? Complete(DomainName parsed, bool absolute, DomainName origin, out DomainName? name, out bool wasRelative)
    {
        name = null;
        wasRelative = !absolute;
        if (!absolute)
        {
            var full = parsed.Append(origin);
            if (full == null) return $"the name is over {MaxNameLength} octets once the origin {origin} is appended";
            parsed = full;
        }
        if (parsed.WireLength > MaxNameLength) return $"the name is over {MaxNameLength} octets";
        name = parsed;
        return null;
    }

    private static string LabelTooLong(int length) => $"a label is over {MaxLabelLength} octets";

    private static void AppendUtf8(List<byte> label, char c)
    {
        if (c < 0x80)
        {
            label.Add((byte)c);
            return;
        }
        label.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool LabelEquals(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (ToLower(a[i]) != ToLower(b[i])) return false;
        }
        return true;
    }

    private static byte ToLower(byte b) => b >= 'A' && b <= 'Z' ? (byte)(b + 32) : b;

    public bool Equals(DomainName? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._labels.Length != _labels.Length) return false;
        for (int i = 0; i < _labels.Length; i++)
        {
            if (!LabelEquals(_labels[i], other._labels[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as DomainName);

    public override int GetHashCode()
    {
        if (_hash != 0) return _hash;
        unchecked
        {
            int hash = 17;
            foreach (var label in _labels)
            {
                foreach (var b in label) hash = hash * 31 + ToLower(b);
                hash = hash * 31 + '.';
            }
            _hash = hash == 0 ? 1 : hash;
        }
        return _hash;
    }

    /// <summary>Presentation form, absolute, with `\DDD` escapes for octets that are not printable ASCII.</summary>
    public override string ToString()
    {
        if (IsRoot) return ".";
        var sb = new StringBuilder();
        foreach (var label in _labels)
        {
            foreach (var b in label)
            {
                if (b == '.' || b == '\\' || b == '"' || b == ';' || b == '(' || b == ')' || b == '@' || b == '$')
                    sb.Append('\\').Append((char)b);
                else if (b <= 0x20 || b >= 0x7F)
                    sb.Append('\\').Append(b.ToString("D3"));
                else
                    sb.Append((char)b);
            }
            sb.Append('.');
        }
        return sb.ToString();
    }

    public static bool operator ==(DomainName? left, DomainName? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DomainName? left, DomainName? right) => !(left == right);
}
