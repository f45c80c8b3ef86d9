namespace ZoneLint.Core.Diagnostics;

public enum RuleCategory
{
    Syntax,
    Zone,
    Spf,
    MailAuthentication,
    Tool,
}

/// <summary>
/// What a rule is: its ID, default severity and the text of its documentation page. Every surface
/// (CLI, JSON, SARIF, MSBuild, Roslyn) derives what it shows from this one object.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id, string title, DiagnosticSeverity defaultSeverity, RuleCategory category,
        string cause, string whyItMatters, string howToFix, string? badExample, string? goodExample)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Cause = cause;
        WhyItMatters = whyItMatters;
        HowToFix = howToFix;
        BadExample = badExample;
        GoodExample = goodExample;
    }

    public string Id { get; }

    /// <summary>One line: what the rule catches.</summary>
    public string Title { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public RuleCategory Category { get; }

    public string Cause { get; }

    public string WhyItMatters { get; }

    public string HowToFix { get; }

    /// <summary>Zone text that triggers the rule, if it can be shown in a few lines.</summary>
    public string? BadExample { get; }

    /// <summary>The same zone text, corrected.</summary>
    public string? GoodExample { get; }

    public string HelpUri => RuleCatalog.HelpBaseUri + Id + ".md";

    public override string ToString() => Id;
}
