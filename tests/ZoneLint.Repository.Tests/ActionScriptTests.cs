using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ZoneLint.Repository.Tests;

/// <summary>
/// The action's scripts, run as the runner runs them: inputs in environment variables. A stand-in for zonelint or
/// dotnet records the command lines, so each input's effect is checked without a build.
/// </summary>
public sealed class ActionScriptTests
{
    // Logs a call as a line "#call" and then each argument on a line of its own, and exits with $FAKE_EXIT.
    private const string Recorder = "#!/usr/bin/env bash\n{ echo '#call'; printf '<%s>\\n' \"$@\"; } >> \"$FAKE_LOG\"\nexit \"${FAKE_EXIT:-0}\"\n";

    [BashFact]
    public void Check_passes_each_line_of_paths_as_one_argument_and_maps_the_inputs_to_options()
    {
        using var folder = new TempFolder();
        var result = Check(folder, new()
        {
            ["ZONELINT_PATHS"] = "  zones/a b.zone\r\n\ndb.example.com \n",
            ["ZONELINT_CONFIG"] = "ci/zonelint.json",
            ["ZONELINT_WARNINGS_AS_ERRORS"] = "true",
            ["ZONELINT_ONLINE"] = "false",
            ["ZONELINT_BASE"] = "origin/main",
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            new[] { "check", "zones/a b.zone", "db.example.com", "--config", "ci/zonelint.json", "--warnings-as-errors", "--base", "origin/main", "--format", "github" },
            Calls(folder).Single());
    }

    [BashFact]
    public void Check_with_no_paths_lints_the_workspace()
    {
        using var folder = new TempFolder();
        var result = Check(folder, new() { ["ZONELINT_PATHS"] = "\n", ["ZONELINT_ONLINE"] = "true" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "check", ".", "--online", "--format", "github" }, Calls(folder).Single());
    }

    [BashFact]
    public void Check_refuses_a_boolean_input_that_is_not_true_or_false()
    {
        using var folder = new TempFolder();
        var result = Check(folder, new() { ["ZONELINT_WARNINGS_AS_ERRORS"] = "yes" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("::error title=zonelint action::input warnings-as-errors must be true or false, not 'yes'", result.Stdout);
        Assert.Empty(Calls(folder));
    }

    [BashTheory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    public void Check_writes_SARIF_despite_findings_and_exits_with_the_check_run(int zonelintExit, int expectedExit)
    {
        using var folder = new TempFolder();
        string sarif = Path.Combine(folder.Path, "out", "zonelint.sarif");
        var result = Check(folder, new() { ["ZONELINT_SARIF_FILE"] = sarif, ["FAKE_EXIT"] = zonelintExit.ToString() });

        Assert.True(result.ExitCode == expectedExit, result.ToString());
        // What a failed run left would only make the upload step fail as well.
        Assert.Equal(zonelintExit < 2, File.Exists(sarif));
        var calls = Calls(folder);
        Assert.Equal(new[] { "check", ".", "--format", "sarif" }, calls[0]);
        // A tool failure while writing SARIF stops the step before the annotations run.
        Assert.Equal(zonelintExit < 2 ? 2 : 1, calls.Count);
    }

    [BashTheory]
    [InlineData("", "v0.3.1", "install 0.3.1")]
    [InlineData("", "v1.0.0-rc.1", "install 1.0.0-rc.1")]
    [InlineData("", "v0", "install SOURCE_VERSION")]
    [InlineData("", "v0.1", "install SOURCE_VERSION")]
    [InlineData("", "main", "pack")]
    [InlineData("", "0123456789abcdef0123456789abcdef01234567", "pack")]
    [InlineData("source", "v0.3.1", "pack")]
    [InlineData("0.2.0", "main", "install 0.2.0")]
    public void Install_takes_the_release_at_a_tag_and_builds_from_source_elsewhere(string version, string actionRef, string expected)
    {
        using var folder = new TempFolder();
        string dotnet = folder.WriteExecutable("dotnet", Recorder);
        string output = folder.Write("github_output", "");

        var result = Repository.Run("bash", new[] { Repository.PathOf("scripts/action/install.sh") }, folder.Path, new Dictionary<string, string?>
        {
            ["DOTNET"] = dotnet,
            ["FAKE_LOG"] = Path.Combine(folder.Path, "calls"),
            ["GITHUB_ACTION_PATH"] = Repository.Root,
            ["RUNNER_TEMP"] = folder.Path,
            ["GITHUB_OUTPUT"] = output,
            ["ZONELINT_VERSION"] = version,
            ["ZONELINT_ACTION_REF"] = actionRef,
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        var calls = Calls(folder);
        string toolPath = calls.Last()[calls.Last().IndexOf("--tool-path") + 1];
        if (expected == "pack")
        {
            Assert.Equal(2, calls.Count);
            Assert.Equal(new[] { "pack", Path.Combine(Repository.Root, "src/ZoneLint.Cli") }, calls[0].Take(2));
            Assert.Equal(new[] { "tool", "install", "ZoneLint.Cli", "--version", Repository.Version }, calls[1].Take(5));
            Assert.Contains("--configfile", calls[1]);
        }
        else
        {
            string expectedVersion = expected.Substring("install ".Length).Replace("SOURCE_VERSION", Repository.Version);
            Assert.Equal(new[] { "tool", "install", "ZoneLint.Cli", "--version", expectedVersion }, calls.Single().Take(5));
            Assert.DoesNotContain("--add-source", calls.Single());
        }
        Assert.Equal($"zonelint={toolPath}/zonelint", File.ReadAllText(output).Trim());
    }

    private static ProcessResult Check(TempFolder folder, Dictionary<string, string?> environment)
    {
        string zonelint = folder.WriteExecutable("zonelint", Recorder);
        environment["ZONELINT"] = zonelint;
        environment["FAKE_LOG"] = Path.Combine(folder.Path, "calls");
        return Repository.Run("bash", new[] { Repository.PathOf("scripts/action/check.sh") }, folder.Path, environment);
    }

    /// <summary>The command lines the recorder saw, one list of arguments per call.</summary>
    private static List<List<string>> Calls(TempFolder folder)
    {
        string log = Path.Combine(folder.Path, "calls");
        var calls = new List<List<string>>();
        if (!File.Exists(log)) return calls;
        foreach (string line in File.ReadAllLines(log))
        {
            if (line == "#call") calls.Add(new List<string>());
            else calls[^1].Add(line.Substring(1, line.Length - 2));
        }
        return calls;
    }
}

/// <summary>A fact that runs a bash script (Linux and macOS).</summary>
public sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (!Repository.IsOnPath("bash")) Skip = "bash is not on PATH";
    }
}

/// <summary>A theory that runs a bash script (Linux and macOS).</summary>
public sealed class BashTheoryAttribute : TheoryAttribute
{
    public BashTheoryAttribute()
    {
        if (!Repository.IsOnPath("bash")) Skip = "bash is not on PATH";
    }
}
