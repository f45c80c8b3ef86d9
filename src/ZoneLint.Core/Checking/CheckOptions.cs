using System;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;

namespace ZoneLint.Core.Checking;

/// <summary>Everything a check needs besides the file: how to parse it, rule settings and severities.</summary>
public sealed class CheckOptions
{
    public ParseOptions Parse { get; set; } = new();

    public RuleSettings Rules { get; set; } = new();

    /// <summary>The severity each rule reports at (from configuration); by default the rule's own.</summary>
    public Func<RuleDescriptor, DiagnosticSeverity> Severity { get; set; } = rule => rule.DefaultSeverity;

    /// <summary>The most findings one zone file reports; the rest are counted in one ZL9004 finding.</summary>
    public int MaxFindingsPerFile { get; set; } = FindingsLimit.DefaultMaxFindingsPerFile;
}
