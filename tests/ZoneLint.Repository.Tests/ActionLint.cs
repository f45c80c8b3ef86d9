using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ZoneLint.Repository.Tests;

/// <summary>
/// The checks of action.yml and of a workflow that uses it which the schema cannot make: composite steps with a
/// shell, inputs that exist and are documented, and no expression inside a script (script injection).
/// </summary>
internal static partial class ActionLint
{
    public static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static IReadOnlyList<string> ProblemsOfAction(string yaml)
    {
        var problems = new List<string>();
        var action = Parse(yaml);
        foreach (string key in new[] { "name", "description", "inputs", "runs" })
        {
            if (Child(action, key) == null) problems.Add($"no '{key}'");
        }

        var inputs = Child(action, "inputs") as YamlMappingNode;
        var declared = inputs?.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet() ?? new HashSet<string>();
        foreach (var (key, value) in inputs?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var input = value as YamlMappingNode;
            if (Scalar(input, "description") is not { Length: > 0 }) problems.Add($"input '{key}' has no description");
            if (input == null || Child(input, "default") == null) problems.Add($"input '{key}' has no default");
        }

        var runs = Child(action, "runs") as YamlMappingNode;
        if (runs != null && Scalar(runs, "using") != "composite") problems.Add($"runs.using is '{Scalar(runs, "using")}', not composite");
        var steps = (Child(runs, "steps") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>().ToList() ?? new List<YamlMappingNode>();
        if (runs != null && steps.Count == 0) problems.Add("runs.steps is empty");
        for (int i = 0; i < steps.Count; i++)
        {
            string name = Scalar(steps[i], "name") ?? $"step {i + 1}";
            string? run = Scalar(steps[i], "run");
            if (run != null && Scalar(steps[i], "shell") == null) problems.Add($"'{name}' has run but no shell");
            // An expression in script text is pasted in before the shell parses it: pass values through env.
            if (run != null && run.Contains("${{")) problems.Add($"'{name}' has an expression in its run text");
            if (Scalar(steps[i], "uses") is { } uses && !PinnedAction().IsMatch(uses)) problems.Add($"'{name}' uses '{uses}' without a version");
        }

        foreach (Match match in InputReference().Matches(yaml))
        {
            if (!declared.Contains(match.Groups[1].Value)) problems.Add($"inputs.{match.Groups[1].Value} is not an input");
        }
        return problems;
    }

    /// <summary>What a workflow needs to run the action (given as its own text) and upload its SARIF.</summary>
    public static IReadOnlyList<string> ProblemsOfWorkflow(string yaml, string actionYaml, string actionName)
    {
        var problems = new List<string>();
        var workflow = Parse(yaml);
        var inputs = (Child(Parse(actionYaml), "inputs") as YamlMappingNode)?.Children.Keys
            .Select(k => ((YamlScalarNode)k).Value!).ToHashSet() ?? new HashSet<string>();

        var jobs = (Child(workflow, "jobs") as YamlMappingNode)?.Children.Values.OfType<YamlMappingNode>().ToList() ?? new List<YamlMappingNode>();
        var steps = jobs.SelectMany(job => (Child(job, "steps") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? Enumerable.Empty<YamlMappingNode>()).ToList();
        var lint = steps.FirstOrDefault(step => Scalar(step, "uses")?.StartsWith(actionName + "@", System.StringComparison.Ordinal) == true);
        if (lint == null)
        {
            problems.Add($"no step uses {actionName}@...");
            return problems;
        }
        foreach (var key in (Child(lint, "with") as YamlMappingNode)?.Children.Keys ?? Enumerable.Empty<YamlNode>())
        {
            if (!inputs.Contains(((YamlScalarNode)key).Value!)) problems.Add($"with: {key} is not an input of the action");
        }

        foreach (var (permission, level) in new[] { ("contents", "read"), ("security-events", "write") })
        {
            bool granted = new[] { workflow }.Concat(jobs).Any(node => Scalar(Child(node, "permissions") as YamlMappingNode, permission) == level);
            if (!granted) problems.Add($"no permissions: {permission}: {level}");
        }

        string? sarif = Scalar(Child(lint, "with") as YamlMappingNode, "sarif-file");
        var upload = steps.FirstOrDefault(step => Scalar(step, "uses")?.StartsWith("github/codeql-action/upload-sarif@", System.StringComparison.Ordinal) == true);
        if (upload == null) problems.Add("no step uses github/codeql-action/upload-sarif");
        else
        {
            if (Scalar(upload, "if")?.Contains("always()") != true) problems.Add("upload-sarif does not run after a failed lint (if: always())");
            if (sarif == null || Scalar(Child(upload, "with") as YamlMappingNode, "sarif_file") != sarif)
                problems.Add($"upload-sarif does not upload the action's sarif-file '{sarif}'");
        }
        return problems;
    }

    private static YamlNode? Child(YamlMappingNode? node, string key) =>
        node != null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode? node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    [GeneratedRegex(@"\binputs\.([A-Za-z0-9_-]+)")]
    private static partial Regex InputReference();

    [GeneratedRegex(@"^(\./.*|docker://.*|[^@\s]+@\S+)$")]
    private static partial Regex PinnedAction();
}
