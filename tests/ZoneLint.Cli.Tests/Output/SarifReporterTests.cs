using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Tests.Output;

public sealed class SarifReporterTests(ITestOutputHelper output)
{
    /// <summary>A zone with an error, a warning and a note, a hostile file name, and a file name that needs URI escaping.</summary>
    private static CliRunner RunWithEveryLevel()
    {
        var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.ZoneWithProviderInclude + "www 30 IN TXT \"hello\"\n" + "www 7200 IN TXT \"other\"\n");
        cli.Write("zones/" + HostileZones.FileName, HostileZones.Zone);
        cli.Write("zones/sub dir/ä #1 %41.zone", "$ORIGIN example.org.\n" + CliRunner.GoodZone + "example.org IN TXT \"v=spf1 -all\"\n");
        return cli;
    }

    [SarifSchemaFact]
    public void OutputIsValidSarifForTheOasisSchema()
    {
        using var cli = RunWithEveryLevel();
        cli.Write("zonelint.json", HostileZones.Configuration);

        var (code, stdout, _) = cli.Run("check", "--format", "sarif", "zones");

        Assert.Equal(2, code); // the configuration is invalid
        var levels = Results(stdout).Select(r => r["level"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(new HashSet<string> { "error", "warning", "note" }, levels);
        Assert.Empty(SarifSchema.Errors(stdout));
    }

    [SarifSchemaFact]
    public void CleanRunIsValidSarifToo()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, stdout, _) = cli.Run("check", "--format", "sarif");

        Assert.Equal(0, code);
        Assert.Empty(Results(stdout));
        Assert.Empty(SarifSchema.Errors(stdout));
    }

    /// <summary>The validator can fail: each break of a valid log, deep in the schema's definitions, is caught where it is.</summary>
    [SarifSchemaTheory]
    [InlineData("/runs/0/results/0/locations/0/physicalLocation/region/startLine", "0")]
    [InlineData("/runs/0/results/0/level", "\"fatal\"")]
    [InlineData("/runs/0/tool/driver/rules/0/defaultConfiguration/level", "\"severe\"")]
    [InlineData("/runs/0/results/0/message", "{}")]
    [InlineData("/runs/0/tool/driver/informationUri", "\"not a uri\"")]
    [InlineData("/runs/0/surprise", "true")]
    [InlineData("/version", "\"2.2.0\"")]
    public void ValidatorRejectsABrokenLog(string pointer, string replacement)
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");
        var (_, stdout, _) = cli.Run("check", "--format", "sarif");
        Assert.Empty(SarifSchema.Errors(stdout));

        var broken = JsonNode.Parse(stdout)!;
        Set(broken, pointer, JsonNode.Parse(replacement));
        var errors = SarifSchema.Errors(broken.ToJsonString());
        foreach (string error in errors) output.WriteLine(error);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.StartsWith(pointer + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void SarifAndJsonReportTheSameFindings()
    {
        using var cli = RunWithEveryLevel();
        var (sarifCode, sarif, _) = cli.Run("check", "--format", "sarif", "zones");
        var (jsonCode, json, _) = cli.Run("check", "--format", "json", "zones");

        Assert.Equal(jsonCode, sarifCode);
        var rules = Run(sarif)["tool"]!["driver"]!["rules"]!.AsArray();
        var fromSarif = Results(sarif).Select(r =>
        {
            var location = r["locations"]![0]!["physicalLocation"]!;
            var region = location["region"]!;
            string uri = location["artifactLocation"]!["uri"]!.GetValue<string>();
            var rule = rules[r["ruleIndex"]!.GetValue<int>()]!;
            Assert.Equal(r["ruleId"]!.GetValue<string>(), rule["id"]!.GetValue<string>());
            return (Id: r["ruleId"]!.GetValue<string>(), File: Unescape(uri), Line: region["startLine"]!.GetValue<int>(),
                Column: region["startColumn"]!.GetValue<int>(), EndLine: region["endLine"]!.GetValue<int>(),
                EndColumn: region["endColumn"]!.GetValue<int>(), Message: r["message"]!["text"]!.GetValue<string>(),
                HelpUri: rule["helpUri"]!.GetValue<string>(), Level: r["level"]!.GetValue<string>());
        }).ToList();
        var fromJson = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
            (Id: d.GetProperty("id").GetString()!, File: d.GetProperty("file").GetString()!, Line: d.GetProperty("line").GetInt32(),
                Column: d.GetProperty("column").GetInt32(), EndLine: d.GetProperty("endLine").GetInt32(),
                EndColumn: d.GetProperty("endColumn").GetInt32(), Message: d.GetProperty("message").GetString()!,
                HelpUri: d.GetProperty("helpUri").GetString()!, Level: SarifLevel(d.GetProperty("severity").GetString()!))).ToList();

        Assert.True(fromJson.Count >= 5, $"the run should have several findings, had {fromJson.Count}");
        Assert.Equal(fromJson.OrderBy(f => f.ToString()), fromSarif.OrderBy(f => f.ToString()));
        // Only the rules used, each once, in ID order.
        var ruleIds = rules.Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(fromJson.Select(f => f.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal), ruleIds);
    }

    [Fact]
    public void PartialFingerprintsAreTheBaselineFingerprints()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone + "ftp 30 IN A 192.0.2.81\nold 30 IN A 192.0.2.82\n");
        cli.Run("check", "zones", "--write-baseline", "baseline.json");

        var (_, stdout, _) = cli.Run("check", "--format", "sarif", "zones");

        var fromSarif = Results(stdout).Select(r => r["partialFingerprints"]![SarifReporter.FingerprintKey]!.GetValue<string>()).ToList();
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Folder, "baseline.json")));
        var fromBaseline = baseline.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!).ToList();
        Assert.Equal(2, fromSarif.Distinct().Count());
        Assert.Equal(fromBaseline, fromSarif);
    }

    [Fact]
    public void RulesDescribeThemselvesFromTheCatalogue()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");
        var (_, stdout, _) = cli.Run("check", "--format", "sarif");

        var driver = Run(stdout)["tool"]!["driver"]!;
        Assert.Equal("zonelint", driver["name"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+\.\d+$", driver["version"]!.GetValue<string>());
        Assert.Equal("https://github.com/zonelint/zonelint", driver["informationUri"]!.GetValue<string>());
        var rule = driver["rules"]!.AsArray().Single()!;
        var descriptor = RuleCatalog.TtlBelowMinimum;
        Assert.Equal(descriptor.Id, rule["id"]!.GetValue<string>());
        Assert.Equal("TtlBelowTheMinimum", rule["name"]!.GetValue<string>());
        Assert.Equal(descriptor.Title, rule["shortDescription"]!["text"]!.GetValue<string>());
        Assert.Equal(descriptor.HelpUri, rule["helpUri"]!.GetValue<string>());
        Assert.Equal("error", rule["defaultConfiguration"]!["level"]!.GetValue<string>());
        Assert.True(Run(stdout)["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
        Assert.Equal("utf16CodeUnits", Run(stdout)["columnKind"]!.GetValue<string>());
    }

    [Fact]
    public void EveryRuleNameIsPascalCaseAndUnique()
    {
        var names = RuleCatalog.All.Select(RuleName.Of).ToList();
        Assert.All(names, name => Assert.Matches("^[A-Z][A-Za-z0-9]+$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("SpfSyntaxError", RuleName.Of(RuleCatalog.SpfSyntax));
        Assert.Equal("OwnerNameRepeatsTheOrigin", RuleName.Of(RuleCatalog.OwnerRepeatsOrigin));
        Assert.Equal("RecordsOfOneRRsetWithDifferentTtls", RuleName.Of(RuleCatalog.InconsistentRRsetTtl));
        Assert.Equal("IncludeFailure", RuleName.Of(RuleCatalog.IncludeFailure));
    }

    [Fact]
    public void FilesInsideTheFolderAreEscapedRelativeUrisAgainstSrcRoot()
    {
        using var cli = RunWithEveryLevel();
        var (_, stdout, _) = cli.Run("check", "--format", "sarif", "zones");

        string root = Run(stdout)["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>();
        Assert.StartsWith("file:///", root);
        Assert.EndsWith("/", root);
        var locations = Results(stdout).Select(r => r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!).ToList();
        Assert.All(locations, l => Assert.Equal("%SRCROOT%", l["uriBaseId"]!.GetValue<string>()));
        var uris = locations.Select(l => l["uri"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("zones/sub%20dir/%C3%A4%20%231%20%2541.zone", uris);
        if (!OperatingSystem.IsWindows()) Assert.Contains("zones/a%2Cb%3Ac.zone", uris);
        foreach (string uri in uris)
        {
            // Resolved against %SRCROOT%, each URI names the file on disk; none has a query, a fragment or a scheme of its own.
            var resolved = new Uri(new Uri(root), uri);
            Assert.True(File.Exists(resolved.LocalPath), $"{uri} resolves to {resolved.LocalPath}");
            Assert.Equal("", resolved.Query);
            Assert.Equal("", resolved.Fragment);
            Assert.Equal(Path.GetFullPath(cli.Folder), Path.GetFullPath(new Uri(root).LocalPath).TrimEnd(Path.DirectorySeparatorChar));
        }
    }

    [Fact]
    public void FileOutsideTheFolderIsAnAbsoluteFileUri()
    {
        using var cli = new CliRunner();
        using var elsewhere = new CliRunner();
        string outside = elsewhere.Write("other place/example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");

        var (code, stdout, _) = cli.Run("check", "--format", "sarif", outside);

        Assert.Equal(1, code);
        var artifact = Results(stdout).Single()["locations"]![0]!["physicalLocation"]!["artifactLocation"]!.AsObject();
        string uri = artifact["uri"]!.GetValue<string>();
        Assert.False(artifact.ContainsKey("uriBaseId"));
        Assert.StartsWith("file:///", uri);
        Assert.Contains("/other%20place/example.com.zone", uri);
        Assert.Equal(Path.GetFullPath(outside), new Uri(uri).LocalPath);
    }

    [Fact]
    public void ConfigurationMistakesAreResults()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);
        cli.Write("zonelint.json", HostileZones.Configuration);

        var (code, stdout, _) = cli.Run("check", "--format", "sarif");

        Assert.Equal(2, code);
        Assert.False(Run(stdout)["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
        var results = Results(stdout);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal("ZL9001", r["ruleId"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Equal("zonelint.json", r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()));
        Assert.Contains(results, r => r["message"]!["text"]!.GetValue<string>().Contains("\n::error file=x::pwned\r"));
    }

    [Fact]
    public void ExitCodeIsTheSameAsWithTheOtherFormats()
    {
        const string format = "sarif";
        using var failing = new CliRunner();
        failing.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");
        using var clean = new CliRunner();
        clean.Write("example.com.zone", CliRunner.GoodZone);

        Assert.Equal(1, failing.Run("check", "--format", format).ExitCode);
        Assert.Equal(0, clean.Run("check", "--format", format).ExitCode);
        Assert.Equal(0, failing.Run("check", "--format", format, "--config", failing.Write("lenient.json", "{ \"rules\": { \"ZL2003\": \"warning\" } }")).ExitCode);
    }

    private static JsonNode Run(string sarif) => JsonNode.Parse(sarif)!["runs"]!.AsArray().Single()!;

    private static List<JsonNode> Results(string sarif) => Run(sarif)["results"]!.AsArray().Select(r => r!).ToList();

    private static string Unescape(string uri) => string.Join('/', uri.Split('/').Select(Uri.UnescapeDataString));

    private static string SarifLevel(string severity) => severity == "info" ? "note" : severity;

    /// <summary>Replaces the value at a JSON pointer (no escaped segments needed here).</summary>
    private static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = pointer.Trim('/').Split('/');
        var parent = segments[..^1].Aggregate(root, (node, s) => int.TryParse(s, out int i) ? node[i]! : node[s]!);
        if (parent is JsonArray array) array[int.Parse(segments[^1])] = value;
        else parent[segments[^1]] = value;
    }
}
