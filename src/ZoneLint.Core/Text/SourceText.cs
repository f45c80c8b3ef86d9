using System;
using System.Collections.Generic;

namespace ZoneLint.Core.Text;

/// <summary>The text of one zone file, with the line starts needed to turn offsets into lines and columns.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

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
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
