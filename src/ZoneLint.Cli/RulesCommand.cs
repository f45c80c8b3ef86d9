using System.IO;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli;

/// <summary>`zonelint rules`: the catalog, with IDs, default severities and help links.</summary>
internal static class RulesCommand
{
    public static readonly string[] Options = { "--format=" };

    public static int Run(CommandLine line, TextWriter stdout)
    {
        if (line.Arguments.Count > 0) throw new UsageException($"rules takes no arguments, but got '{line.Arguments[0]}'");
        switch (line.Value("--format") ?? "text")
        {
            case "text":
                foreach (var rule in RuleCatalog.All)
                    stdout.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToName(),-7}  {rule.Title}  {rule.HelpUri}");
                break;
            case "json":
                Output.JsonReporter.Write(stdout, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("tool", "zonelint");
                    json.WriteString("version", ToolInfo.Version);
                    json.WriteStartArray("rules");
                    foreach (var rule in RuleCatalog.All)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", rule.Id);
                        json.WriteString("title", rule.Title);
                        json.WriteString("category", rule.Category.ToString());
                        json.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                        json.WriteString("helpUri", rule.HelpUri);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            default:
                throw new UsageException($"unknown format '{line.Value("--format")}'; rules writes text or json");
        }
        return ExitCodes.Success;
    }
}
