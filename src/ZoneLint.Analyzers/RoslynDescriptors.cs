using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ZoneLint.Core.Diagnostics;
using CoreSeverity = ZoneLint.Core.Diagnostics.DiagnosticSeverity;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace ZoneLint.Analyzers;

/// <summary>The one factory that turns Core's rule catalogue into Roslyn descriptors: ID, title, category, severity, help link.</summary>
internal static class RoslynDescriptors
{
    public const string CategoryPrefix = "ZoneLint.";

    /// <summary>Core's message is already complete, so the format only passes it through.</summary>
    public const string MessageFormat = "{0}";

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        RuleCatalog.All.Select(Create).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        id: rule.Id,
        title: rule.Title,
        messageFormat: MessageFormat,
        category: CategoryPrefix + rule.Category,
        defaultSeverity: ToRoslyn(rule.DefaultSeverity),
        isEnabledByDefault: rule.DefaultSeverity != CoreSeverity.None,
        description: rule.Cause,
        helpLinkUri: rule.HelpUri);

    /// <summary>Core's none (a rule switched off) has no Roslyn severity: it becomes hidden, and the descriptor is disabled.</summary>
    public static RoslynSeverity ToRoslyn(CoreSeverity severity) => severity switch
    {
        CoreSeverity.Error => RoslynSeverity.Error,
        CoreSeverity.Warning => RoslynSeverity.Warning,
        CoreSeverity.Info => RoslynSeverity.Info,
        _ => RoslynSeverity.Hidden,
    };
}
