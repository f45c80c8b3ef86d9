using System;
using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Cli.Output;

/// <summary>
/// A unified diff (as `diff -u` writes it, three lines of context) between two versions of a file. Lines are matched
/// greedily with a bounded look-ahead: linear in the size of the file, and exact for what fixes do (edit lines in place).
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private const int LookAhead = 100;

    public static string Of(string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var script = Script(a, b);
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        int k = 0;
        while (k < script.Count)
        {
            if (script[k].Op == ' ') { k++; continue; }
            int start = Math.Max(0, k - Context);
            int end = k;
            // Extend the hunk while the next change is within twice the context of this one.
            while (end < script.Count)
            {
                int next = end;
                while (next < script.Count && script[next].Op == ' ') next++;
                if (next == script.Count || next - end > 2 * Context) { end = Math.Min(script.Count, end + Context); break; }
                end = next;
                while (end < script.Count && script[end].Op != ' ') end++;
            }
            WriteHunk(sb, script, start, end);
            k = end;
        }
        return sb.ToString();
    }

    private static void WriteHunk(StringBuilder sb, List<(char Op, string Line, int A, int B)> script, int start, int end)
    {
        int aStart = script[start].A, bStart = script[start].B, aCount = 0, bCount = 0;
        for (int i = start; i < end; i++)
        {
            if (script[i].Op != '+') aCount++;
            if (script[i].Op != '-') bCount++;
        }
        sb.Append("@@ -").Append(Range(aStart, aCount)).Append(" +").Append(Range(bStart, bCount)).Append(" @@\n");
        for (int i = start; i < end; i++)
        {
            string line = script[i].Line;
            bool newline = line.EndsWith("\n", StringComparison.Ordinal);
            sb.Append(script[i].Op).Append(newline ? line : line + "\n");
            if (!newline) sb.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>`start,count`, 1-based; an empty range names the line before it.</summary>
    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    /// <summary>Every line with its line break, so that a changed line ending shows as a change.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text.Substring(start, i + 1 - start));
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>The edit script: each line kept (' '), removed ('-') or added ('+'), with its 0-based place in each file.</summary>
    private static List<(char Op, string Line, int A, int B)> Script(List<string> a, List<string> b)
    {
        var script = new List<(char, string, int, int)>(Math.Max(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (i < a.Count && j < b.Count && a[i] == b[j])
            {
                script.Add((' ', a[i], i, j));
                i++;
                j++;
                continue;
            }
            var (skipA, skipB) = NextMatch(a, b, i, j);
            for (int x = 0; x < skipA; x++, i++) script.Add(('-', a[i], i, j));
            for (int y = 0; y < skipB; y++, j++) script.Add(('+', b[j], i, j));
        }
        return script;
    }

    /// <summary>How many lines of each file to skip to the nearest pair of equal lines (to both ends if none is near).</summary>
    private static (int SkipA, int SkipB) NextMatch(List<string> a, List<string> b, int i, int j)
    {
        for (int k = 1; k <= 2 * LookAhead; k++)
        {
            for (int x = 0; x <= k; x++)
            {
                int y = k - x;
                if (i + x < a.Count && j + y < b.Count && a[i + x] == b[j + y]) return (x, y);
            }
        }
        return (a.Count - i, b.Count - j);
    }
}
