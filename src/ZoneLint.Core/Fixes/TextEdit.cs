using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// Replace the text from <see cref="Start"/> to <see cref="End"/> (UTF-16 offsets, end exclusive) of one file.
/// <see cref="RemovedRecords"/> is how many records the edit takes out of the zone on purpose (a merge), so the check
/// that a fix loses no record expects that many fewer.
/// </summary>
public readonly record struct TextEdit(string File, int Start, int End, string Replacement)
{
    public int RemovedRecords { get; init; }

    public static TextEdit Insert(string file, int offset, string text) => new(file, offset, offset, text);

    public bool Overlaps(TextEdit other) =>
        other.File == File && ((Start < other.End && other.Start < End) || Start == other.Start);
}

/// <summary>Applies edits to a text: sorted, non-overlapping, from the end so that earlier offsets stay valid.</summary>
public static class TextEdits
{
    /// <summary>The edits that can be applied together: in file order, each one dropped that overlaps one kept.</summary>
    public static IReadOnlyList<TextEdit> NonOverlapping(IEnumerable<TextEdit> edits)
    {
        var kept = new List<TextEdit>();
        foreach (var edit in edits.Distinct().OrderBy(e => e.Start).ThenBy(e => e.End))
        {
            if (kept.Count > 0 && kept[kept.Count - 1].Overlaps(edit)) continue;
            kept.Add(edit);
        }
        return kept;
    }

    /// <summary>The text with the edits made; the edits must be of this text and must not overlap.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderByDescending(e => e.Start).ToList();
        var sb = new StringBuilder(text);
        int limit = text.Length;
        foreach (var edit in ordered)
        {
            if (edit.Start < 0 || edit.End > limit || edit.Start > edit.End)
                throw new ArgumentException($"edit {edit.Start}..{edit.End} is outside the text or overlaps another", nameof(edits));
            sb.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Replacement);
            limit = edit.Start;
        }
        return sb.ToString();
    }
}
