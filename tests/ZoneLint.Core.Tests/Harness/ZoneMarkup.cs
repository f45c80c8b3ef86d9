using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ZoneLint.Core.Tests.Harness;

/// <summary>One diagnostic as a test sees it: the rule ID and the half-open range of offsets it covers.</summary>
public readonly record struct MarkedSpan(string Id, int Start, int End)
{
    public static implicit operator MarkedSpan((string Id, int Start, int End) span) => new(span.Id, span.Start, span.End);

    public override string ToString() => $"{Id} [{Start}..{End})";
}

/// <summary>
/// Zone text with span markup: <c>{|ZL2001:example.com|}</c> says that ZL2001 covers exactly the text between the colon
/// and the closing <c>|}</c>. Spans may cross lines, nest (<c>{|ZL2008:www A {|ZL2002:x|}|}</c>) and be empty
/// (<c>{|ZL2011:|}</c>). The markup characters are not part of the text and do not count in offsets.
/// </summary>
public sealed class ZoneMarkup
{
    private const string Open = "{|";
    private const string Close = "|}";

    private ZoneMarkup(string text, IReadOnlyList<MarkedSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    /// <summary>The zone text with the markup removed.</summary>
    public string Text { get; }

    /// <summary>The marked spans, in the order their openings appear.</summary>
    public IReadOnlyList<MarkedSpan> Spans { get; }

    public static ZoneMarkup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan?>();
        var open = new Stack<(int Index, string Id, int Start)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, Open, 0, Open.Length) == 0)
            {
                int colon = markup.IndexOf(':', i + Open.Length);
                string id = colon < 0 ? "" : markup.Substring(i + Open.Length, colon - i - Open.Length);
                if (colon < 0 || id.Length == 0 || !id.All(char.IsLetterOrDigit))
                    throw new FormatException($"markup at offset {i}: '{{|' must be followed by an ID and a colon, as in {{|ZL2001:text|}}");
                open.Push((spans.Count, id, text.Length));
                spans.Add(null);
                i = colon;
                continue;
            }
            if (string.CompareOrdinal(markup, i, Close, 0, Close.Length) == 0 && open.Count > 0)
            {
                var (index, id, start) = open.Pop();
                spans[index] = new MarkedSpan(id, start, text.Length);
                i += Close.Length - 1;
                continue;
            }
            text.Append(markup[i]);
        }
        if (open.Count > 0) throw new FormatException($"markup: the span {{|{open.Peek().Id}: opened at text offset {open.Peek().Start} is never closed with '|}}'");
        return new ZoneMarkup(text.ToString(), spans.Select(s => s!.Value).ToList());
    }

    /// <summary>The text with <paramref name="spans"/> written in as markup; the inverse of <see cref="Parse"/>.</summary>
    public static string Render(string text, IEnumerable<MarkedSpan> spans)
    {
        // Opening marks go in longest-first (outer before inner); closing marks shortest-first; closes before opens.
        var marks = new List<(int Offset, int Order, int Tie, string Mark)>();
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
            {
                marks.Add((Math.Min(Math.Max(span.Start, 0), text.Length), 2, 0, $"{{|{span.Id}:<bad span {span.Start}..{span.End}>|}}"));
                continue;
            }
            int length = span.End - span.Start;
            marks.Add((span.Start, 1, -length, Open + span.Id + ":"));
            marks.Add((span.End, length == 0 ? 1 : 0, length == 0 ? 1 : length, Close));
        }
        var ordered = marks.Select((m, i) => (m, i)).OrderBy(x => x.m.Offset).ThenBy(x => x.m.Order).ThenBy(x => x.m.Tie).ThenBy(x => x.i);
        var sb = new StringBuilder(text.Length + marks.Count * 8);
        int at = 0;
        foreach (var (mark, _) in ordered)
        {
            sb.Append(text, at, mark.Offset - at);
            sb.Append(mark.Mark);
            at = mark.Offset;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    /// <summary>The offset of a 1-based line and column (UTF-16 units), for surfaces that report positions, not offsets.</summary>
    public static int OffsetOf(string text, int line, int column)
    {
        int offset = 0;
        for (int current = 1; current < line; current++)
        {
            int newline = text.IndexOf('\n', offset);
            if (newline < 0) throw new ArgumentOutOfRangeException(nameof(line), $"the text has fewer than {line} lines");
            offset = newline + 1;
        }
        return offset + column - 1;
    }
}
