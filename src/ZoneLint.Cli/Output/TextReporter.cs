using System.Collections.Generic;
using System.IO;
using System.Linq;
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
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        int filesWithFindings = diagnostics.Select(d => d.Span.File).Distinct().Count();
        string checkedFiles = Plural(fileCount, "zone file");
        if (diagnostics.Count == 0)
        {
            stdout.WriteLine($"No findings in {checkedFiles}.");
            return;
        }
        var parts = new List<string> { Plural(errors, "error"), Plural(warnings, "warning") };
        if (infos > 0) parts.Add(Plural(infos, "note"));
        stdout.WriteLine($"{string.Join(", ", parts)} in {Plural(filesWithFindings, "file")} ({checkedFiles} checked).");
    }

    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Zone text inside a message can hold control characters; a terminal must not act on them.</summary>
    internal static string Sanitize(string line)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
            if (!control)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(line, 0, i, line.Length + 8);
            sb.Append("\\x").Append(((int)c).ToString("X2"));
        }
        return sb?.ToString() ?? line;
    }
}

/// <summary>Paths as the user gave them; absolute ones under the current folder are shown relative to it.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (!Path.IsPathRooted(path)) return path.Replace('\\', '/');
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", System.StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
