using System.Collections.Generic;
using System.IO;
using System.Text;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>Compiler-style lines, `file(line,col): error ZL2001: message`, and a summary.</summary>
internal static class TextReporter
{
    public static void Report(IReadOnlyList<ZoneDiagnostic> diagnostics, int fileCount, TextWriter stdout)
    {
        foreach (var d in diagnostics)
        {
            var s = d.Span;
            stdout.WriteLine(Sanitize($"{DisplayPath.Of(s.File)}({s.StartLine},{s.StartColumn}): {d.Severity.ToName()} {d.Id}: {d.Message}"));
        }
        stdout.WriteLine(FindingCounts.Of(diagnostics, fileCount).Sentence);
    }

    /// <summary>
    /// Zone text inside a message can hold control characters; a terminal must not act on them. Formats that
    /// escape line feeds themselves (GitHub's %0A, Markdown's &lt;br&gt;) keep them, to show the text as it was.
    /// </summary>
    internal static string Sanitize(string line, bool keepLineFeeds = false)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            bool control = (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) && !(keepLineFeeds && c == '\n');
            if (!control && !IsBidiControl(c))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(line, 0, i, line.Length + 8);
            sb.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("X2") : "\\u" + ((int)c).ToString("X4"));
        }
        return sb?.ToString() ?? line;
    }

    /// <summary>
    /// Embeddings, overrides and isolates (U+202A-202E, U+2066-2069) reorder what a terminal or a web view shows, so
    /// zone text could make a finding read as something else ("Trojan Source", CVE-2021-42574).
    /// </summary>
    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

/// <summary>Paths as the user gave them; absolute ones under the current folder are shown relative to it.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (!Path.IsPathRooted(path)) return path.Replace(Path.DirectorySeparatorChar, '/');
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, System.StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? path : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}
