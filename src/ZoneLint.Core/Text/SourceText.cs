using System;
using System.Collections.Generic;

namespace ZoneLint.Core.Text;

/// <summary>The text of one zone file, with the line starts needed to turn offsets into lines and columns.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private int _lastLine; // a hint only: a race between threads costs a binary search, never a wrong answer

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as given by the caller (it is what reports print).</summary>
    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public SourceSpan Span(int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(Path, start, end, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span of the whole of a 1-based line, without its line break.</summary>
    public SourceSpan LineSpan(int line)
    {
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Span(start, end);
    }

    public (int Line, int Column) Position(int offset)
    {
        // The lexer asks in file order, mostly for the line it asked about last (or the next): try those first.
        int hint = _lastLine;
        if (hint < _lineStarts.Length && offset >= _lineStarts[hint])
        {
            if (hint + 1 == _lineStarts.Length || offset < _lineStarts[hint + 1]) return (hint + 1, offset - _lineStarts[hint] + 1);
            if (hint + 2 == _lineStarts.Length || (hint + 2 < _lineStarts.Length && offset < _lineStarts[hint + 2]))
            {
                _lastLine = hint + 1;
                return (hint + 2, offset - _lineStarts[hint + 1] + 1);
            }
        }
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        _lastLine = index;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
#if NET
        // Vectorised search for the next line break.
        var span = text.AsSpan();
        for (int i = span.IndexOf('\n'); i >= 0;)
        {
            starts.Add(i + 1);
            int next = span.Slice(i + 1).IndexOf('\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
#else
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
#endif
        return starts.ToArray();
    }
}
