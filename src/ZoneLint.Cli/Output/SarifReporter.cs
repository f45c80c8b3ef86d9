using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>
/// `--format sarif`: one SARIF 2.1.0 log on stdout, for GitHub code scanning and other SARIF viewers.
/// No partialFingerprints: GitHub's upload computes them from the checked-out file, and a reporter that re-read
/// the file would hash the wrong text under --staged (the index is not the working tree).
/// </summary>
internal static class SarifReporter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The repository the rule pages live in.</summary>
    public static string InformationUri { get; } =
        RuleCatalog.HelpBaseUri[..RuleCatalog.HelpBaseUri.IndexOf("/blob/", StringComparison.Ordinal)];

    /// <summary>The key of our fingerprint in `partialFingerprints`; the version changes if the way it is computed does.</summary>
    public const string FingerprintKey = "zonelintLineHash/v1";

    /// <param name="completed">SARIF's `executionSuccessful`: false when the run could not do its job (an invalid configuration).</param>
    public static void Report(IReadOnlyList<ZoneDiagnostic> diagnostics, TextWriter stdout, Func<ZoneDiagnostic, string>? fingerprint = null, bool completed = true)
    {
        // Only the rules this run used, in ID order; a result's ruleIndex is its rule's place here.
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        string currentFolder = Directory.GetCurrentDirectory();

        JsonReporter.Write(stdout, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", completed);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(ArtifactUri.SourceRoot);
            json.WriteString("uri", ArtifactUri.FolderUri(currentFolder));
            json.WriteEndObject();
            json.WriteEndObject();
            // SourceSpan columns count UTF-16 code units, 1-based, end exclusive: SARIF's own convention, stated anyway.
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, ruleIndex[d.Id], currentFolder, fingerprint?.Invoke(d));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "zonelint");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName.Of(rule));
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", rule.Cause);
        WriteText(json, "help", rule.HowToFix);
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category.ToString());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ZoneDiagnostic d, int ruleIndex, string currentFolder, string? fingerprint)
    {
        var s = d.Span;
        var artifact = ArtifactUri.For(s.File, currentFolder);
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteText(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", artifact.Uri);
        if (artifact.UriBaseId != null) json.WriteString("uriBaseId", artifact.UriBaseId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", s.StartLine);
        json.WriteNumber("startColumn", s.StartColumn);
        json.WriteNumber("endLine", s.EndLine);
        json.WriteNumber("endColumn", s.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (fingerprint != null)
        {
            // The same fingerprint a baseline matches by: code scanning then follows a finding as lines move.
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, fingerprint);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
