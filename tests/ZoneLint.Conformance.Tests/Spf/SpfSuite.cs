using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ZoneLint.Conformance.Tests.Spf;

/// <summary>One test of the pyspf/OpenSPF suite: check_host() inputs and the acceptable results, first preferred.</summary>
public sealed record SpfSuiteCase(
    string Name, string Scenario, string Spec, string Host, string MailFrom, string? Helo,
    IReadOnlyList<string> Results, string? Explanation);

/// <summary>One zonedata entry: a record (type and values), or a bare TIMEOUT (Type "TIMEOUT", no values).</summary>
public sealed record SpfSuiteEntry(string Type, YamlNode? Value);

/// <summary>A scenario: its tests and the whole simulated DNS they run against.</summary>
public sealed record SpfSuiteScenario(
    string Description, IReadOnlyList<SpfSuiteCase> Cases, IReadOnlyList<(string Name, IReadOnlyList<SpfSuiteEntry> Entries)> ZoneData);

/// <summary>
/// Reads spf-suite/rfc7208-tests.yml (see its SUMMARY.md): a multi-document YAML stream, one scenario a document.
/// Every scalar is read as a string (hosts like `1234::1` and specs like `4.6` stay text).
/// </summary>
public static class SpfSuite
{
    public static string PathOf(string file = "rfc7208-tests.yml") => ConformanceData.PathOf("spf-suite", file);

    private static readonly Lazy<IReadOnlyList<SpfSuiteScenario>> Rfc7208 = new(() => Load(PathOf()));

    /// <summary>The RFC 7208 scenarios; empty when the conformance data is missing.</summary>
    public static IReadOnlyList<SpfSuiteScenario> Scenarios => File.Exists(PathOf()) ? Rfc7208.Value : Array.Empty<SpfSuiteScenario>();

    public static IEnumerable<SpfSuiteCase> Cases => Scenarios.SelectMany(s => s.Cases);

    public static SpfSuiteScenario ScenarioOf(string testName) => Scenarios.Single(s => s.Cases.Any(c => c.Name == testName));

    public static IReadOnlyList<SpfSuiteScenario> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8)) stream.Load(reader);
        var scenarios = new List<SpfSuiteScenario>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root) continue;
            string description = Text(root, "description") ?? "";
            var cases = new List<SpfSuiteCase>();
            foreach (var test in ((YamlMappingNode)root["tests"]).Children)
                cases.Add(ReadCase(((YamlScalarNode)test.Key).Value!, description, (YamlMappingNode)test.Value));
            var zone = new List<(string, IReadOnlyList<SpfSuiteEntry>)>();
            foreach (var name in ((YamlMappingNode)root["zonedata"]).Children)
                zone.Add((((YamlScalarNode)name.Key).Value!, ReadEntries((YamlSequenceNode)name.Value)));
            scenarios.Add(new SpfSuiteScenario(description, cases, zone));
        }
        return scenarios;
    }

    private static SpfSuiteCase ReadCase(string name, string scenario, YamlMappingNode test)
    {
        var result = test["result"];
        IReadOnlyList<string> results = result is YamlSequenceNode list
            ? list.Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
            : new[] { ((YamlScalarNode)result).Value! };
        return new SpfSuiteCase(name, scenario, Text(test, "spec") ?? "", Text(test, "host")!, Text(test, "mailfrom") ?? "",
            Text(test, "helo"), results, Text(test, "explanation"));
    }

    private static IReadOnlyList<SpfSuiteEntry> ReadEntries(YamlSequenceNode items)
    {
        var entries = new List<SpfSuiteEntry>();
        foreach (var item in items.Children)
        {
            if (item is YamlScalarNode bare)
            {
                entries.Add(new SpfSuiteEntry(bare.Value!, null));
                continue;
            }
            foreach (var pair in ((YamlMappingNode)item).Children)
                entries.Add(new SpfSuiteEntry(((YamlScalarNode)pair.Key).Value!, pair.Value));
        }
        return entries;
    }

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
