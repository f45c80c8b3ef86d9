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
        foreach (var rule in ZoneRules.All)
        {
            if (options.Severity(rule.Descriptor) == DiagnosticSeverity.None) continue;
            rule.Analyze(context);
        }

        var suppressions = new Suppressions(zone);
        var result = new List<ZoneDiagnostic>(found.Count);
        var seen = new HashSet<(string Id, SourceSpan Span)>();
        foreach (var diagnostic in found)
        {
            // Records made by one $GENERATE share its span: the same finding about the template is reported once.
            if (!seen.Add((diagnostic.Id, diagnostic.Span))) continue;
            var severity = options.Severity(diagnostic.Descriptor);
            if (severity == DiagnosticSeverity.None || suppressions.IsSuppressed(diagnostic)) continue;
            result.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
        }
        var ordered = result
            .OrderBy(d => FileOrder(zone, d.Span.File))
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
        return new CheckResult(zone, ordered);
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
