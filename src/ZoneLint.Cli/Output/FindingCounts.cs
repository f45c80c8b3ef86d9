using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>How many findings of each severity a run had, in the one sentence every human-facing format closes with.</summary>
internal sealed record FindingCounts(int Errors, int Warnings, int Notes, int FilesWithFindings, int FilesChecked)
{
    public static FindingCounts Of(IReadOnlyList<ZoneDiagnostic> diagnostics, int filesChecked) => new(
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info),
        diagnostics.Select(d => d.Span.File).Distinct().Count(),
        filesChecked);

    public int Total => Errors + Warnings + Notes;

    /// <summary>"2 errors, 1 warning in 1 file (3 zone files checked)." or "No findings in 3 zone files."</summary>
    public string Sentence
    {
        get
        {
            string checkedFiles = Plural(FilesChecked, "zone file");
            if (Total == 0) return $"No findings in {checkedFiles}.";
            var parts = new List<string> { Plural(Errors, "error"), Plural(Warnings, "warning") };
            if (Notes > 0) parts.Add(Plural(Notes, "note"));
            return $"{string.Join(", ", parts)} in {Plural(FilesWithFindings, "file")} ({checkedFiles} checked).";
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
