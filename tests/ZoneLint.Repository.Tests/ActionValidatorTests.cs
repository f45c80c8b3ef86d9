using System.IO;

namespace ZoneLint.Repository.Tests;

/// <summary>
/// action.yml and the example workflow against SchemaStore's schemas, with action-validator (npm
/// @action-validator/cli). .ci/run installs it under .tools/; elsewhere these tests are skipped.
/// </summary>
public sealed class ActionValidatorTests
{
    [ActionValidatorFact]
    public void The_action_is_valid()
    {
        var result = Validate(Repository.PathOf("action.yml"));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [ActionValidatorFact]
    public void The_example_workflow_is_valid()
    {
        var result = Validate(Repository.PathOf("docs/examples/zonelint.yml"));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [ActionValidatorFact]
    public void An_action_without_runs_is_rejected()
    {
        using var folder = new TempFolder();
        // The validator tells an action from a workflow by the file name.
        string action = folder.Write("action.yml", "name: broken\ndescription: has no runs\n");

        var result = Validate(action);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("/runs", result.Stdout + result.Stderr);
    }

    private static ProcessResult Validate(string file) =>
        Repository.Run(ActionValidatorFactAttribute.Command!, new[] { file }, Path.GetDirectoryName(file)!);
}

/// <summary>A fact that needs action-validator, in .tools/ (as .ci/run installs it) or on PATH.</summary>
public sealed class ActionValidatorFactAttribute : FactAttribute
{
    public static readonly string? Command = Find();

    public ActionValidatorFactAttribute()
    {
        if (Command == null)
            Skip = "action-validator is not installed (npm install --prefix .tools @action-validator/cli, as .ci/run does)";
    }

    private static string? Find()
    {
        string local = Repository.PathOf(".tools/node_modules/.bin/action-validator");
        if (File.Exists(local)) return local;
        return Repository.IsOnPath("action-validator") ? "action-validator" : null;
    }
}
