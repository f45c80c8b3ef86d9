using System.Text;
using ZoneLint.Core.Fixes;

namespace ZoneLint.Core.Diagnostics;

/// <summary>Renders docs/rules/ZLnnnn.md and the README rule table from the catalogue, so they never drift.</summary>
public static class RuleDocumentation
{
    public const string TableStart = "<!-- rules:start (generated from RuleCatalog; do not edit) -->";
    public const string TableEnd = "<!-- rules:end -->";

    public static string RenderPage(RuleDescriptor rule)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append("| Rule ID | ").Append(rule.Id).Append(" |\n");
        sb.Append("| Category | ").Append(rule.Category).Append(" |\n");
        sb.Append("| Default severity | ").Append(rule.DefaultSeverity.ToName()).Append(" |\n\n");
        sb.Append("## Cause\n\n").Append(rule.Cause).Append("\n\n");
        sb.Append("## Why it matters\n\n").Append(rule.WhyItMatters).Append("\n\n");
        sb.Append("## How to fix\n\n").Append(rule.HowToFix).Append("\n\n");
        if (ZoneFixes.HasFix(rule.Id))
            sb.Append("`zonelint fix` makes this change where it is certain; [docs/fix.md](../fix.md) says what it leaves to you.\n\n");
        if (rule.BadExample != null) sb.Append("Before:\n\n```dns\n").Append(rule.BadExample).Append("\n```\n\n");
        if (rule.GoodExample != null) sb.Append("After:\n\n```dns\n").Append(rule.GoodExample).Append("\n```\n\n");
        sb.Append("## How to suppress\n\n");
        sb.Append("For one record, put a comment on the line before it:\n\n```dns\n; zonelint-disable-next-line ")
            .Append(rule.Id).Append("\n```\n\n");
        sb.Append("For a whole zone file, anywhere in the file: `; zonelint-disable-file ").Append(rule.Id).Append("`.\n\n");
        sb.Append("For every file, in `zonelint.json`:\n\n```json\n{ \"rules\": { \"").Append(rule.Id).Append("\": \"none\" } }\n```\n\n");
        sb.Append("In a .NET build: `<NoWarn>$(NoWarn);").Append(rule.Id).Append("</NoWarn>`, or `dotnet_diagnostic.")
            .Append(rule.Id).Append(".severity = none` in a `.globalconfig`.\n");
        return sb.ToString();
    }

    /// <summary>The Markdown table for the README, between <see cref="TableStart"/> and <see cref="TableEnd"/>.</summary>
    public static string RenderTable()
    {
        var sb = new StringBuilder();
        sb.Append(TableStart).Append('\n');
        sb.Append("| ID | Default | What it catches |\n|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            sb.Append("| [").Append(rule.Id).Append("](docs/rules/").Append(rule.Id).Append(".md) | ")
                .Append(rule.DefaultSeverity.ToName()).Append(" | ").Append(rule.Title).Append(" |\n");
        }
        sb.Append(TableEnd);
        return sb.ToString();
    }
}
