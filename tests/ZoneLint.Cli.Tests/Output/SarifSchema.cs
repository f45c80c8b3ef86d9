using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ZoneLint.Cli.Tests.Output;

/// <summary>
/// The OASIS SARIF 2.1.0 schema (errata 01) from the third-party conformance data: `sarif/sarif-schema-2.1.0.json`
/// under <c>$ZONELINT_CONFORMANCE_DIR</c>, else under <c>shared/conformance</c> in a folder above the test binaries.
/// It is never copied into the repository; when it is absent the tests that need it are skipped with the reason.
/// </summary>
internal static class SarifSchema
{
    private const string FileName = "sarif-schema-2.1.0.json";
    private const string Draft04 = "http://json-schema.org/draft-04/schema#";

    private static readonly Lazy<string?> Found = new(Find);
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static bool Exists => Found.Value != null;

    public static string Path => Found.Value ?? throw new InvalidOperationException(MissingReason);

    public static string MissingReason =>
        $"SARIF schema not found: set ZONELINT_CONFORMANCE_DIR to the folder holding sarif/{FileName}, or put it at ../shared/conformance beside the repository";

    /// <summary>The schema's complaints about a document, one line each ("where (schema path): what"); none when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
        var results = Schema.Value.Evaluate(document.RootElement, options);
        var errors = new List<string>();
        if (!results.IsValid) Collect(results, errors);
        return errors.Count > 0 || results.IsValid ? errors : new List<string> { "invalid, with no error detail" };
    }

    /// <summary>The errors of failing nodes only: an anyOf that passed keeps its failed alternatives to itself.</summary>
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            errors.Add($"{node.InstanceLocation} ({node.EvaluationPath}): {keyword}: {message}");
        foreach (var child in node.Details ?? new List<EvaluationResults>())
        {
            if (!child.IsValid) Collect(child, errors);
        }
    }

    /// <summary>
    /// JsonSchema.Net implements draft-06 and later, and the OASIS file declares draft-04. For this file the two
    /// drafts differ only in how the root names itself (draft-04 `id`); the draft-04 forms that changed meaning
    /// (boolean exclusiveMinimum/exclusiveMaximum, `id` in a subschema) are absent, which
    /// <see cref="RejectDraft04Only"/> checks. So the file is read as draft-07, in memory, without its `id`: every
    /// `$ref` in it is local (#/definitions/…), and JsonSchema.Net will not register a schema under that id.
    /// </summary>
    private static JsonSchema Load()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path))!.AsObject();
        if (root["$schema"]?.GetValue<string>() == Draft04)
        {
            RejectDraft04Only(root, "#");
            root["$schema"] = MetaSchemas.Draft7Id.OriginalString;
            root.Remove("id");
        }
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static void RejectDraft04Only(JsonNode? node, string where)
    {
        if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++) RejectDraft04Only(array[i], $"{where}/{i}");
            return;
        }
        if (node is not JsonObject schema) return;
        foreach (var (key, value) in schema)
        {
            if (key is "exclusiveMinimum" or "exclusiveMaximum" && value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                throw new InvalidOperationException($"{where}: draft-04 boolean {key} has no draft-07 reading here");
            if (key == "id" && where != "#" && value is JsonValue)
                throw new InvalidOperationException($"{where}: draft-04 id inside the schema");
            // Property names under properties/definitions are not keywords; their values are schemas.
            RejectDraft04Only(value, $"{where}/{key}");
        }
    }

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("ZONELINT_CONFORMANCE_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Existing(System.IO.Path.Combine(fromEnvironment, "sarif", FileName));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string? candidate = Existing(System.IO.Path.Combine(dir.FullName, "shared", "conformance", "sarif", FileName));
            if (candidate != null) return candidate;
        }
        return null;
    }

    private static string? Existing(string path) => File.Exists(path) ? System.IO.Path.GetFullPath(path) : null;
}

/// <summary>A [Fact] skipped, with the reason, when the SARIF schema is absent (decided when tests are discovered).</summary>
public sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute()
    {
        if (!SarifSchema.Exists) Skip = SarifSchema.MissingReason;
    }
}

/// <summary>A [Theory] skipped, with the reason, when the SARIF schema is absent.</summary>
public sealed class SarifSchemaTheoryAttribute : TheoryAttribute
{
    public SarifSchemaTheoryAttribute()
    {
        if (!SarifSchema.Exists) Skip = SarifSchema.MissingReason;
    }
}
