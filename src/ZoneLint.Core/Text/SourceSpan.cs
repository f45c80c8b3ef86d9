namespace ZoneLint.Core.Text;

/// <summary>
/// A range of text in one file. Lines and columns are 1-based; the end column is exclusive
/// (the column after the last character), as in SARIF and Roslyn. Columns count UTF-16 code units.
/// </summary>
public readonly record struct SourceSpan(
    string File, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    /// <summary>The smallest span that covers both spans (which must be in the same file).</summary>
    public SourceSpan Union(SourceSpan other)
    {
        if (other.File != File) return this;
        var first = other.Start < Start ? other : this;
        var last = other.End > End ? other : this;
        return new SourceSpan(File, first.Start, last.End, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);
    }

    public override string ToString() => $"{File}({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
