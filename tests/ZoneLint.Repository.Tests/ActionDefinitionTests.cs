namespace ZoneLint.Repository.Tests;

/// <summary>action.yml and the example workflow, checked with YamlDotNet: no tool beyond the SDK needed.</summary>
public sealed class ActionDefinitionTests
{
    private const string ExampleWorkflow = "docs/examples/zonelint.yml";

    private const string GoodAction = """
        name: x
        description: y
        inputs:
          paths:
            description: what to lint
            default: .
        runs:
          using: composite
          steps:
            - uses: actions/setup-dotnet@v4
            - shell: bash
              env:
                PATHS: ${{ inputs.paths }}
              run: echo "$PATHS"
        """;

    [Fact]
    public void The_action_is_a_composite_whose_scripts_get_inputs_only_through_env()
    {
        Assert.Empty(ActionLint.ProblemsOfAction(Repository.ReadText("action.yml")));
    }

    [Fact]
    public void The_scripts_the_action_runs_exist_and_are_executable()
    {
        string action = Repository.ReadText("action.yml");
        var scripts = System.Text.RegularExpressions.Regex.Matches(action, @"\$GITHUB_ACTION_PATH/([\w./-]+)");

        Assert.NotEmpty(scripts);
        foreach (System.Text.RegularExpressions.Match script in scripts)
        {
            string path = Repository.PathOf(script.Groups[1].Value);
            Assert.True(System.IO.File.Exists(path), $"{script.Groups[1].Value} does not exist");
            if (!System.OperatingSystem.IsWindows())
                Assert.True((System.IO.File.GetUnixFileMode(path) & System.IO.UnixFileMode.UserExecute) != 0, $"{script.Groups[1].Value} is not executable");
        }
    }

    [Fact]
    public void The_example_workflow_runs_the_action_and_may_upload_its_SARIF()
    {
        var problems = ActionLint.ProblemsOfWorkflow(Repository.ReadText(ExampleWorkflow), Repository.ReadText("action.yml"), "zonelint/zonelint");

        Assert.Empty(problems);
    }

    [Fact]
    public void The_checks_accept_a_minimal_good_action()
    {
        Assert.Empty(ActionLint.ProblemsOfAction(GoodAction));
    }

    [Theory]
    [InlineData("    - shell: bash\n", "    - name: no shell\n", "'no shell' has run but no shell")]
    [InlineData("PATHS: ${{ inputs.paths }}\n      run: echo \"$PATHS\"", "PATHS: x\n      run: echo \"${{ inputs.paths }}\"", "'step 2' has an expression in its run text")]
    [InlineData("${{ inputs.paths }}", "${{ inputs.path }}", "inputs.path is not an input")]
    [InlineData("    description: what to lint\n", "", "input 'paths' has no description")]
    [InlineData("using: composite", "using: node20", "runs.using is 'node20', not composite")]
    [InlineData("setup-dotnet@v4", "setup-dotnet", "'step 1' uses 'actions/setup-dotnet' without a version")]
    public void The_checks_find_each_mistake(string original, string broken, string problem)
    {
        string action = GoodAction.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace(original, broken, System.StringComparison.Ordinal);
        Assert.NotEqual(GoodAction, action);

        Assert.Contains(problem, ActionLint.ProblemsOfAction(action));
    }

    [Fact]
    public void The_workflow_checks_find_a_missing_permission_and_an_upload_that_skips_failures()
    {
        string workflow = Repository.ReadText(ExampleWorkflow)
            .Replace("security-events: write", "security-events: read", System.StringComparison.Ordinal)
            .Replace("if: always() &&", "if:", System.StringComparison.Ordinal);

        var problems = ActionLint.ProblemsOfWorkflow(workflow, Repository.ReadText("action.yml"), "zonelint/zonelint");

        Assert.Contains("no permissions: security-events: write", problems);
        Assert.Contains("upload-sarif does not run after a failed lint (if: always())", problems);
    }
}
