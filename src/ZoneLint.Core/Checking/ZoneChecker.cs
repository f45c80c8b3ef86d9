using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Checking;

/// <summary>The pipeline every front end shares: parse, run the rules, apply severities and suppressions.</summary>
public static class ZoneChecker
{
    public static CheckResult CheckFile(string path, CheckOptions options) =>
        Check(ZoneParser.ParseFile(path, options.Parse), options);

    public static CheckResult CheckText(string path, string text, CheckOptions options) =>
        Check(ZoneParser.ParseText(path, text, options.Parse), options);

    public static CheckResult Check(ZoneParseResult zone, CheckOptions options)
    {
        var found = new DiagnosticBag();
        foreach (var diagnostic in zone.Diagnostics) found.Add(diagnostic);
        var context = new ZoneContext(zone, options.Rules, found);
        // What the parse left of the time limit; a parse that ran out of it has reported so, and no rule runs.
        var budget = new TimeBudget(options.Parse.TimeLimit - zone.ParseTime, options.Parse.Cancellation);
        if (!zone.OutOfTime)
        {
            if (zone.Records.Count >= ParallelRulesThreshold && System.Environment.ProcessorCount > 1)
                RunGroupsInParallel(context, options, found, budget);
            else
                RunRules(ZoneRules.All, context, options, budget);
        }

        var suppressions = new Suppressions(zone);
        var result = new List<ZoneDiagnostic>(found.Count);
        var seen = new HashSet<(string Id, SourceSpan Span)>();
        foreach (var diagnostic in found)
        {
            // Records made by one $GENERATE share its span: the same finding about the template is reported once.
            if (!seen.Add((diagnostic.Id, diagnostic.Span))) continue;
            if (FindingsLimit.IsAboutTheCheck(diagnostic.Descriptor))
            {
                result.Add(diagnostic); // an incomplete check must not pass quietly
                continue;
            }
            var severity = options.Severity(diagnostic.Descriptor);
            if (severity == DiagnosticSeverity.None || suppressions.IsSuppressed(diagnostic)) continue;
            result.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
        }
        var ordered = result
            .OrderBy(d => FileOrder(zone, d.Span.File))
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
        return new CheckResult(zone, FindingsLimit.Apply(ordered, options.MaxFindingsPerFile));
    }

    /// <summary>Below this many records the rules take less time than starting a second thread.</summary>
    internal static int ParallelRulesThreshold { get; set; } = 20_000;

    private static void RunRules(IEnumerable<ZoneRule> rules, ZoneContext context, CheckOptions options, TimeBudget budget)
    {
        foreach (var rule in rules)
        {
            if (options.Severity(rule.Descriptor) == DiagnosticSeverity.None) continue;
            if (budget.IsSpent)
            {
                if (budget.TryClaimReport()) FindingsLimit.ReportOutOfTime(context, rule, options.Parse.TimeLimit);
                return;
            }
            rule.Analyze(context);
        }
    }

    /// <summary>
    /// The independent rule groups side by side, each reporting into its own bag; the bags are added in group order,
    /// so the findings come in the order one thread would have reported them.
    /// </summary>
    private static void RunGroupsInParallel(ZoneContext context, CheckOptions options, DiagnosticBag found, TimeBudget budget)
    {
        var groups = ZoneRules.IndependentGroups;
        var bags = new DiagnosticBag[groups.Count];
        var contexts = new ZoneContext[groups.Count];
        for (int g = 0; g < groups.Count; g++) contexts[g] = context.ForGroup(bags[g] = new DiagnosticBag());
        System.Threading.Tasks.Parallel.For(0, groups.Count, g => RunRules(groups[g], contexts[g], options, budget));
        foreach (var bag in bags)
        {
            foreach (var diagnostic in bag) found.Add(diagnostic);
        }
    }

    private static int FileOrder(ZoneParseResult zone, string file)
    {
        for (int i = 0; i < zone.Files.Count; i++)
        {
            if (zone.Files[i].Path == file) return i;
        }
        return int.MaxValue;
    }
}
