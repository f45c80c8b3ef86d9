using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Conformance.Tests;

/// <summary>ZoneLint's verdict on one file, in the terms the BIND comparison uses.</summary>
public sealed record ZoneLintVerdict(CheckResult Result)
{
    /// <summary>Accepted: no diagnostic of severity Error (under the options the file was checked with).</summary>
    public bool Accepted => !Result.HasErrors;

    /// <summary>Accepted by the parser alone: no Error from the loader (ZL1xxx). For BIND's master-loader unit tests.</summary>
    public bool ParsedWithoutError => !Result.Zone.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The parser's errors (ZL1xxx), one a line.</summary>
    public string ParserErrors => string.Join("\n", Result.Zone.Diagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(Describe));

    public ZoneDiagnostic? FirstError => Result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<string> ErrorIds => Result.Diagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct();

    /// <summary>Every error, one a line, with the file name only (for test messages).</summary>
    public string Errors => string.Join("\n", Result.Diagnostics
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(Describe));

    public static string Describe(ZoneDiagnostic d) =>
        $"{System.IO.Path.GetFileName(d.Span.File)}:{d.Span.StartLine}: {d.Id}: {d.Message}";
}

public static class ZoneLintRunner
{
    /// <summary>
    /// Rules that flag zones BIND loads without complaint, because they are likely mistakes rather than load failures:
    /// ZL2001/ZL2002 (a name that repeats the origin: valid, but rarely meant), ZL2003 (TTL below a configured
    /// minimum), ZL2007 (out-of-zone data, which BIND ignores with a warning), ZL2009 (MX/NS target is a CNAME,
    /// which named-checkzone only warns about for MX and SRV), and every SPF and other mail-authentication rule (ZL3xxx,
    /// ZL4xxx: BIND does not read TXT contents). When ZoneLint is compared with BIND's accept/reject verdict they are reported as warnings; every
    /// other rule keeps its default severity. See docs/zone-file-dialect.md, "Differences from BIND".
    /// </summary>
    public static readonly IReadOnlyCollection<string> LintOnlyRules = new HashSet<string>
    {
        RuleIds.OwnerRepeatsOrigin,
        RuleIds.RdataNameRepeatsOrigin,
        RuleIds.TtlBelowMinimum,
        RuleIds.OutOfZoneRecord,
        RuleIds.TargetIsCname,
    };

    /// <summary>True for the <see cref="LintOnlyRules"/>, the SPF rules (ZL3xxx) and the other mail-authentication rules (ZL4xxx).</summary>
    public static bool IsLintOnly(string id) =>
        LintOnlyRules.Contains(id) || id.StartsWith("ZL3", System.StringComparison.Ordinal) || id.StartsWith("ZL4", System.StringComparison.Ordinal);

    /// <summary>Checks a file with ZoneLint's default severities.</summary>
    public static ZoneLintVerdict Check(string path, string origin, string? includeRoot = null, uint? defaultTtl = null) =>
        Check(path, origin, includeRoot, defaultTtl, bindComparable: false);

    /// <summary>
    /// Checks a file as named-checkzone loads it (the origin given, $INCLUDE resolved against
    /// <paramref name="includeRoot"/>), with the <see cref="LintOnlyRules"/> reported as warnings, so that
    /// "accepted" (no Error) means "ZoneLint would load it", comparable with BIND's exit status.
    /// </summary>
    public static ZoneLintVerdict CheckAsBind(string path, string origin, string? includeRoot = null) =>
        Check(path, origin, includeRoot, null, bindComparable: true);

    private static ZoneLintVerdict Check(string path, string origin, string? includeRoot, uint? defaultTtl, bool bindComparable)
    {
        var options = new CheckOptions
        {
            Parse = new ParseOptions
            {
                Origin = ParseOrigin(origin),
                IncludeRoot = includeRoot,
                DefaultTtl = defaultTtl,
            },
        };
        if (bindComparable)
        {
            options.Severity = rule => IsLintOnly(rule.Id) && rule.DefaultSeverity == DiagnosticSeverity.Error
                ? DiagnosticSeverity.Warning
                : rule.DefaultSeverity;
        }
        return new ZoneLintVerdict(ZoneChecker.CheckFile(path, options));
    }

    public static DomainName ParseOrigin(string origin) =>
        DomainName.Parse(origin.EndsWith(".", System.StringComparison.Ordinal) ? origin : origin + ".");
}
