using System;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Configuration;

/// <summary>The "limits" object of zonelint.json, the checker's time limit at rule boundaries, and the cap on findings.</summary>
public sealed class LimitSettingsTests
{
    private static CheckOptions Options(string json) =>
        ZoneRun.OptionsFor("example.com.zone", ConfigurationLoader.Load("zonelint.json", json).Configuration);

    [Fact]
    public void Each_limit_in_the_configuration_reaches_the_options()
    {
        var options = Options("""
            { "limits": { "records": 5, "generatedRecords": 6, "recordsPerGenerate": 7, "tokenLength": 8, "entryLength": 9,
                          "fileBytes": 10, "zoneBytes": 11, "includeDepth": 12, "includedFiles": 13, "seconds": 1.5,
                          "findingsPerFile": 14 } }
            """);

        var p = options.Parse;
        Assert.Equal((5, 6, 7, 8, 9), (p.MaxRecords, p.MaxGeneratedRecords, p.MaxGenerateRecords, p.MaxTokenLength, p.MaxEntryLength));
        Assert.Equal((10L, 11L, 12, 13), (p.MaxFileBytes, p.MaxZoneBytes, p.MaxIncludeDepth, p.MaxIncludedFiles));
        Assert.Equal(TimeSpan.FromSeconds(1.5), p.TimeLimit);
        Assert.Equal(14, options.MaxFindingsPerFile);
    }

    [Fact]
    public void Without_limits_the_defaults_apply()
    {
        var options = Options("{ }");

        Assert.Equal(ParseLimits.MaxRecords, options.Parse.MaxRecords);
        Assert.Equal(ParseLimits.TimeLimit, options.Parse.TimeLimit);
        Assert.Equal(10_000, options.MaxFindingsPerFile);
    }

    [Theory]
    [InlineData("{ \"limits\": { \"record\": 5 } }", "unknown limit \"record\" (did you mean \"records\"?)")]
    [InlineData("{ \"limits\": { \"records\": 0 } }", "\"records\" in \"limits\" must be a whole number from 1 to 2147483647, not 0")]
    [InlineData("{ \"limits\": { \"records\": 2.5 } }", "must be a whole number")]
    [InlineData("{ \"limits\": { \"fileBytes\": 5000000000 } }", "\"fileBytes\" in \"limits\" must be a whole number from 1 to 1000000000")]
    [InlineData("{ \"limits\": { \"seconds\": \"60\" } }", "\"seconds\" in \"limits\" must be a number of seconds from 0.000001 to 86400, not \"60\"")]
    [InlineData("{ \"limits\": 60 }", "\"limits\" must be an object")]
    [InlineData("{ \"rules\": { \"ZL9003\": \"none\" } }", "ZL9003 cannot be set")]
    [InlineData("{ \"rules\": { \"ZL9004\": \"warning\" } }", "ZL9004 cannot be set")]
    public void A_bad_limit_is_reported_where_it_stands(string json, string message)
    {
        var result = ConfigurationLoader.Load("zonelint.json", json);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("ZL9001", finding.Id);
        Assert.Contains(message, finding.Message);
    }

    [Fact]
    public void Limits_from_the_command_line_go_over_the_configuration()
    {
        var configuration = ConfigurationLoader.Load("zonelint.json", "{ \"limits\": { \"records\": 5, \"seconds\": 60 } }").Configuration;
        var overrides = LimitSettings.TryParse(new[] { "seconds=2", "findingsPerFile=3" }, out string? error);

        var options = ZoneRun.OptionsFor("example.com.zone", configuration, limitOverrides: overrides);

        Assert.Null(error);
        Assert.Equal((5, TimeSpan.FromSeconds(2), 3), (options.Parse.MaxRecords, options.Parse.TimeLimit, options.MaxFindingsPerFile));
        Assert.Null(LimitSettings.TryParse(new[] { "record=5" }, out error));
        Assert.StartsWith("unknown limit 'record'", error);
        Assert.Null(LimitSettings.TryParse(new[] { "seconds" }, out error));
        Assert.StartsWith("limit seconds must be a number of seconds", error);
    }

    [Fact]
    public void The_schema_lists_every_limit_with_the_loaders_ceiling_and_the_options_default()
    {
        string path = System.IO.Path.Combine(ZoneLint.Core.Tests.Docs.RuleDocumentationTests.RepositoryRoot(), "docs", "zonelint.schema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var limits = schema.RootElement.GetProperty("properties").GetProperty("limits");
        var properties = limits.GetProperty("properties").EnumerateObject().ToList();

        Assert.Equal(Limit.Names, properties.Select(p => p.Name));
        foreach (var property in properties)
            Assert.Equal(Limit.Named(property.Name)!.Maximum, property.Value.GetProperty("maximum").GetDecimal());
        // Every default in the schema, written into a configuration, gives the options a check has without one.
        string defaults = string.Join(", ", properties.Select(p => $"\"{p.Name}\": {p.Value.GetProperty("default").GetRawText()}"));
        var written = Options($"{{ \"limits\": {{ {defaults} }} }}");
        var none = new CheckOptions();
        Assert.Equal(
            (none.Parse.MaxRecords, none.Parse.MaxGeneratedRecords, none.Parse.MaxGenerateRecords, none.Parse.MaxTokenLength, none.Parse.MaxEntryLength),
            (written.Parse.MaxRecords, written.Parse.MaxGeneratedRecords, written.Parse.MaxGenerateRecords, written.Parse.MaxTokenLength, written.Parse.MaxEntryLength));
        Assert.Equal(
            (none.Parse.MaxFileBytes, none.Parse.MaxZoneBytes, none.Parse.MaxIncludeDepth, none.Parse.MaxIncludedFiles, none.Parse.TimeLimit, none.MaxFindingsPerFile),
            (written.Parse.MaxFileBytes, written.Parse.MaxZoneBytes, written.Parse.MaxIncludeDepth, written.Parse.MaxIncludedFiles, written.Parse.TimeLimit, written.MaxFindingsPerFile));
        foreach (var example in limits.GetProperty("examples").EnumerateArray())
            Assert.True(ConfigurationLoader.Load("zonelint.json", $"{{ \"limits\": {example.GetRawText()} }}").IsValid);
    }

    [Fact]
    public void Findings_over_the_cap_are_counted_in_one_finding_at_the_first_left_out()
    {
        string zone = Zones.Apex + string.Concat(Enumerable.Range(1, 30).Select(i => $"h{i} 3600 IN A 192.0.2.{300 + i}\n"));
        var options = new CheckOptions { Parse = new ParseOptions { Origin = DomainName.Parse("example.com.") }, MaxFindingsPerFile = 10 };

        var result = ZoneChecker.CheckText("example.com.zone", zone, options);

        Assert.Equal(11, result.Diagnostics.Count);
        Assert.All(result.Diagnostics.Take(10), d => Assert.Equal("ZL1001", d.Id));
        var summary = result.Diagnostics[10];
        Assert.Equal(("ZL9004", DiagnosticSeverity.Error, 15), (summary.Id, summary.Severity, summary.Span.StartLine));
        Assert.Equal("20 more findings in this file from here on not shown (20 errors): the limit is 10 per file (limits.findingsPerFile in zonelint.json)", summary.Message);
    }

    [Fact]
    public void The_summary_takes_the_highest_severity_left_out()
    {
        // Warnings only (ZL2008, the same record again): the summary is a warning, so the exit code is what it would have been.
        string zone = Zones.Apex + string.Concat(Enumerable.Repeat("www IN A 192.0.2.1\n", 5));
        var options = new CheckOptions { Parse = new ParseOptions { Origin = DomainName.Parse("example.com.") }, MaxFindingsPerFile = 1 };

        var result = ZoneChecker.CheckText("example.com.zone", zone, options);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal(("ZL2008", DiagnosticSeverity.Warning), (result.Diagnostics[0].Id, result.Diagnostics[0].Severity));
        var summary = result.Diagnostics[1];
        Assert.Equal(("ZL9004", DiagnosticSeverity.Warning), (summary.Id, summary.Severity));
        Assert.Contains(" warnings)", summary.Message);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_time_limit_spent_before_the_rules_stops_them_at_a_rule_boundary()
    {
        var options = new CheckOptions { Parse = new ParseOptions { Origin = DomainName.Parse("example.com.") } };
        // Parsed with time to spare; then checked with none left: no rule runs, and the one finding says so.
        var zone = ZoneParser.ParseText("example.com.zone", "; zonelint-disable-file\nwww 30 IN A 192.0.2.1\n", options.Parse);
        options.Parse.TimeLimit = TimeSpan.Zero;

        var result = ZoneChecker.Check(zone, options);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("ZL9003", DiagnosticSeverity.Error, 1, 1), (finding.Id, finding.Severity, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("ran out before rule ZL2001", finding.Message);
    }

    [Fact]
    public void A_parse_out_of_time_runs_no_rule_and_its_finding_ignores_suppressions()
    {
        var options = new CheckOptions { Parse = new ParseOptions { Origin = DomainName.Parse("example.com."), TimeLimit = TimeSpan.Zero } };

        var result = ZoneChecker.CheckText("example.com.zone", "; zonelint-disable-file\nwww A 192.0.2.1\n", options);

        // Without the limit the zone would have ZL2011 (no SOA) and more; none of them ran.
        Assert.Equal("ZL9003", Assert.Single(result.Diagnostics).Id);
        Assert.True(result.HasErrors);
    }
}
