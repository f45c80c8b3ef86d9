using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ZoneLint.Repository.Tests;

/// <summary>
/// The action's two scripts for real, as at a branch ref: install.sh packs src/ZoneLint.Cli and installs it into a
/// tool folder (about a minute), then check.sh lints samples/zones, which holds broken zones on purpose.
/// </summary>
public sealed class ActionEndToEndTests(SourceInstallFixture install) : IClassFixture<SourceInstallFixture>
{
    [BashFact]
    public void Install_from_source_gives_the_zonelint_of_this_checkout()
    {
        Assert.True(install.Result.ExitCode == 0, install.Result.ToString());

        var version = Repository.Run(install.Zonelint, new[] { "--version" }, install.Folder.Path);

        Assert.Equal(Repository.Version, version.Stdout.Trim());
        // The build's bin/ and obj/ went to the runner's temporary folder, not into the action's checkout.
        string work = Assert.Single(Directory.GetDirectories(install.Folder.Path, "zonelint-action-*"));
        Assert.True(Directory.Exists(Path.Combine(work, "build", "obj")), "no build/obj under " + work);
    }

    [GitHubFormatFact]
    public void Check_annotates_the_broken_samples_fails_and_writes_SARIF()
    {
        Assert.True(install.Result.ExitCode == 0, install.Result.ToString());
        string sarif = Path.Combine(install.Folder.Path, "results", "zonelint.sarif");
        string summary = install.Folder.Write("step-summary.md", "");

        var check = Repository.Run("bash", new[] { Repository.PathOf("scripts/action/check.sh") }, Repository.Root, new Dictionary<string, string?>
        {
            ["ZONELINT"] = install.Zonelint,
            ["ZONELINT_PATHS"] = "samples/zones\n",
            ["ZONELINT_SARIF_FILE"] = sarif,
            ["GITHUB_STEP_SUMMARY"] = summary,
        });

        // samples/README.md: every sample but example.com.zone has an error.
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains(check.Stdout.Split('\n'), line => line.StartsWith("::error ", StringComparison.Ordinal) && line.Contains("ZL3002"));
        using var document = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.NotEmpty(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }
}

/// <summary>Runs install.sh once with version `source` and the checkout as the action's path.</summary>
public sealed class SourceInstallFixture : IDisposable
{
    public SourceInstallFixture()
    {
        Folder = new TempFolder("zonelint-action-");
        if (!Repository.IsOnPath("bash"))
        {
            Result = new ProcessResult(-1, "", "bash is not on PATH");
            return;
        }
        string output = Folder.Write("github_output", "");
        Result = Repository.Run("bash", new[] { Repository.PathOf("scripts/action/install.sh") }, Folder.Path, new Dictionary<string, string?>
        {
            ["GITHUB_ACTION_PATH"] = Repository.Root,
            ["RUNNER_TEMP"] = Folder.Path,
            ["GITHUB_OUTPUT"] = output,
            ["ZONELINT_VERSION"] = "source",
        }, TimeSpan.FromMinutes(10));
        Zonelint = File.ReadAllLines(output).Where(line => line.StartsWith("zonelint=", StringComparison.Ordinal))
            .Select(line => line.Substring("zonelint=".Length)).LastOrDefault() ?? "";
    }

    public TempFolder Folder { get; }

    public ProcessResult Result { get; }

    /// <summary>The installed command, as the install step's output `zonelint` gives it.</summary>
    public string Zonelint { get; } = "";

    public void Dispose() => Folder.Dispose();
}

/// <summary>A fact that needs bash and a zonelint with `check --format github` (the format the action runs).</summary>
public sealed class GitHubFormatFactAttribute : FactAttribute
{
    public GitHubFormatFactAttribute()
    {
        if (!Repository.IsOnPath("bash")) Skip = "bash is not on PATH";
        else if (!CliHasFormat("github") || !CliHasFormat("sarif"))
            Skip = "zonelint check has no --format github|sarif yet, which the action runs";
    }

    private static bool CliHasFormat(string format)
    {
        using var folder = new TempFolder();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ZoneLint.Cli.Program.Run(new[] { "check", "--format", format, folder.Path }, stdout, stderr);
        return !stderr.ToString().Contains("unknown format", StringComparison.Ordinal);
    }
}
