using System;
using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;

namespace ZoneLint.Core.Checking;

/// <summary>The findings that say the check itself was cut short (ZL9003, ZL9004), and the cap on findings per file.</summary>
internal static class FindingsLimit
{
    /// <summary>Far more than anyone reads; a zone with a mistake on every line of a large file reaches it.</summary>
    public const int DefaultMaxFindingsPerFile = 10_000;

    /// <summary>ZL9003 and ZL9004 keep their severity and ignore suppression comments: an incomplete check must not pass quietly.</summary>
    public static bool IsAboutTheCheck(RuleDescriptor rule) => rule == RuleCatalog.LimitReached || rule == RuleCatalog.FindingsLeftOut;

    /// <summary>Reported once, at the top of the zone file, when the time runs out between two rules.</summary>
    public static void ReportOutOfTime(ZoneContext context, ZoneRule next, TimeSpan limit)
    {
        if (context.Zone.Files.Count == 0) return;
        context.Report(RuleCatalog.LimitReached, context.Zone.Files[0].Span(0, 0),
            $"the time limit of {TimeBudget.Seconds(limit)} for one zone ran out before rule {next.Descriptor.Id}, so it and the rules after it did not run and the findings are incomplete (limits.seconds in zonelint.json)");
    }

    /// <summary>
    /// The first <paramref name="max"/> findings in file order, then one ZL9004 where the first one left out stands, which
    /// counts the rest by severity and takes the highest of their severities (so the exit code is what it would have been).
    /// Findings about the check itself are always kept.
    /// </summary>
    public static IReadOnlyList<ZoneDiagnostic> Apply(List<ZoneDiagnostic> ordered, int max)
    {
        if (ordered.Count <= max) return ordered;
        var kept = new List<ZoneDiagnostic>(max + 2);
        var counts = new int[(int)DiagnosticSeverity.Error + 1];
        ZoneDiagnostic? firstLeftOut = null;
        int summaryAt = 0;
        foreach (var diagnostic in ordered)
        {
            if (kept.Count < max || IsAboutTheCheck(diagnostic.Descriptor))
            {
                kept.Add(diagnostic);
                if (firstLeftOut == null) summaryAt = kept.Count;
                continue;
            }
            firstLeftOut ??= diagnostic;
            counts[(int)diagnostic.Severity]++;
        }
        if (firstLeftOut == null) return kept;

        var severity = counts[(int)DiagnosticSeverity.Error] > 0 ? DiagnosticSeverity.Error
            : counts[(int)DiagnosticSeverity.Warning] > 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
        int leftOut = counts[1] + counts[2] + counts[3];
        var parts = new List<string>();
        if (counts[3] > 0) parts.Add(Plural(counts[3], "error"));
        if (counts[2] > 0) parts.Add(Plural(counts[2], "warning"));
        if (counts[1] > 0) parts.Add(Plural(counts[1], "note"));
        string message = $"{Plural(leftOut, "more finding")} in this file from here on not shown ({string.Join(", ", parts)}): "
            + $"the limit is {max} per file (limits.findingsPerFile in zonelint.json)";
        kept.Insert(summaryAt, new ZoneDiagnostic(RuleCatalog.FindingsLeftOut, severity, firstLeftOut.Span, message));
        return kept;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
