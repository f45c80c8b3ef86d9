using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Tests.Configuration;

public class SchemaTests
{
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneLint.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"no ZoneLint.sln above {AppContext.BaseDirectory}");
    }

    private static string SchemaPath => Path.Combine(RepositoryRoot(), "docs", "zonelint.schema.json");

    private static JsonElement Schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        return document.RootElement.Clone();
    }

    [Fact]
    public void The_schema_is_draft_07_and_closed()
    {
        var schema = Schema();
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.GetProperty("$schema").GetString());
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_describes_exactly_the_settings_the_loader_accepts()
    {
        var properties = Schema().GetProperty("properties");
        Assert.Equal(
            ConfigurationLoader.SettingNames.OrderBy(n => n, StringComparer.Ordinal),
            properties.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var property in properties.EnumerateObject())
            Assert.False(string.IsNullOrWhiteSpace(property.Value.GetProperty("description").GetString()), property.Name);
    }

    [Fact]
    public void Every_rule_id_matches_the_schema_pattern()
    {
        var rules = Schema().GetProperty("properties").GetProperty("rules");
        var pattern = rules.GetProperty("propertyNames").GetProperty("pattern").GetString()!;
        Assert.Equal("^ZL[0-9]{4}$", pattern);
        Assert.True(rules.GetProperty("patternProperties").TryGetProperty(pattern, out _));
        foreach (var rule in RuleCatalog.All) Assert.Matches(pattern, rule.Id);
    }

    [Fact]
    public void The_severity_enum_is_what_the_loader_accepts()
    {
        var severities = Schema().GetProperty("properties").GetProperty("rules")
            .GetProperty("patternProperties").GetProperty("^ZL[0-9]{4}$").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        foreach (var name in new[] { "error", "warning", "info", "none", "off" }) Assert.Contains(name, severities);
        foreach (var name in severities) Assert.True(DiagnosticSeverityNames.TryParse(name, out _), name);
    }

    [Fact]
    public void The_schema_ranges_match_the_loader()
    {
        var minimumTtl = Schema().GetProperty("properties").GetProperty("minimumTtl");
        Assert.Equal("integer", minimumTtl.GetProperty("type").GetString());
        Assert.Equal(0, minimumTtl.GetProperty("minimum").GetInt64());
        Assert.Equal(ZoneLint.Core.Model.Ttl.Max, minimumTtl.GetProperty("maximum").GetUInt32());
        Assert.Equal(ZoneLintConfiguration.DefaultMinimumTtl, minimumTtl.GetProperty("default").GetUInt32());
    }

    [Fact]
    public void The_schema_examples_are_valid_configurations()
    {
        var properties = Schema().GetProperty("properties");
        foreach (var setting in new[] { "rules", "origins" })
        {
            foreach (var example in properties.GetProperty(setting).GetProperty("examples").EnumerateArray())
            {
                var result = ConfigurationLoader.Load("zonelint.json", $"{{ \"{setting}\": {example.GetRawText()} }}");
                Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
            }
        }
    }

    [Fact]
    public void The_documentation_names_every_setting_and_its_example_loads()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "configuration.md"));
        foreach (var name in ConfigurationLoader.SettingNames) Assert.Contains($"`{name}`", text);

        var example = Regex.Match(text, "```jsonc\n(.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, "docs/configuration.md has no ```jsonc example");
        var result = ConfigurationLoader.Load("zonelint.json", example.Groups[1].Value);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_loader_reads_the_schema_itself_as_json()
    {
        // The schema is not a configuration, but the reader must accept it as JSON: it reports only settings.
        var result = ConfigurationLoader.Load(SchemaPath, File.ReadAllText(SchemaPath));
        Assert.All(result.Diagnostics, d => Assert.StartsWith("unknown setting", d.Message));
    }
}
