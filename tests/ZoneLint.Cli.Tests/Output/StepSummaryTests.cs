using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Tests.Output;

public sealed class StepSummaryTests
{
    private const string Hostile = "a|b <script>alert(1)</script> `code` *em* _em_ [link](https://evil.example) ~~s~~ \\| &lt; ![i](x)\nsecond line\r";

    [Fact]
    public void HostileTextStaysTextInItsCell()
    {
        var report = new CheckReport(new[] { GitHubReporterTests.Diagnostic(Hostile, "zones/x|y<b>.zone") }, new[] { "zones/x|y<b>.zone" });

        string markdown = StepSummary.Render(report);

        var rows = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(3, rows.Count); // header, delimiter, one finding
        // A row has exactly the five cell borders: every other '|' is escaped.
        Assert.All(rows, row => Assert.Equal(5, Regex.Matches(row, @"(?<!\\)(?:\\\\)*\|").Count));
        string row = rows[2];
        Assert.DoesNotContain("<script", row, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", row);
        Assert.Equal(new[] { "<br>" }, Regex.Matches(row, "<[^>]*>").Select(m => m.Value).Distinct());
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", row);
        Assert.Contains("\\`code\\`", row);
        Assert.Contains("\\*em\\*", row);
        Assert.Contains("\\_em\\_", row);
        Assert.Contains("\\[link\\](https://evil.example)", row);
        Assert.Contains("\\\\\\|", row); // the text's own backslash and pipe, each escaped
        Assert.Contains("&amp;lt;", row);
        Assert.Contains("<br>second line\\\\x0D", row);
        Assert.StartsWith("| zones/x\\|y&lt;b&gt;.zone:3 | error | [ZL3001](" + RuleCatalog.SpfSyntax.HelpUri + ") | ", row);
    }

    [Fact]
    public void HeadingAndCountsComeFirst()
    {
        var report = new CheckReport(new[] { GitHubReporterTests.Diagnostic("m", "z.zone") }, new[] { "z.zone", "y.zone" });

        string markdown = StepSummary.Render(report);

        Assert.StartsWith("\n### zonelint\n\n1 error, 0 warnings in 1 file (2 zone files checked).\n\n| Location | Severity | Rule | Message |\n", markdown);
    }

    [Fact]
    public void CleanRunSaysSoWithoutATable()
    {
        string markdown = StepSummary.Render(new CheckReport(Array.Empty<ZoneDiagnostic>(), new[] { "z.zone" }));

        Assert.Equal("\n### zonelint\n\nNo findings in 1 zone file.\n\n", markdown);
    }

    [Fact]
    public void TableStopsAtTheCapAndSaysHowManyMore()
    {
        var diagnostics = Enumerable.Range(0, StepSummary.MaxRows + 23).Select(i => GitHubReporterTests.Diagnostic($"m{i}", "z.zone")).ToList();

        string markdown = StepSummary.Render(new CheckReport(diagnostics, new[] { "z.zone" }));

        Assert.Equal(StepSummary.MaxRows + 2, markdown.Split('\n').Count(l => l.StartsWith('|')));
        Assert.Contains($"| m{StepSummary.MaxRows - 1} |", markdown);
        Assert.DoesNotContain($"| m{StepSummary.MaxRows} |", markdown);
        Assert.Contains("\n23 more findings not shown; the step's log has them all.\n", markdown);
    }

    [Fact]
    public void AppendsAfterWhatIsThere()
    {
        using var cli = new CliRunner();
        string path = cli.Write("summary.md", "# earlier step\n");
        var report = new CheckReport(new[] { GitHubReporterTests.Diagnostic("m", "z.zone") }, new[] { "z.zone" });
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Reporters.Report("github", report, stdout, stderr, path);
        Reporters.Report("github", report, stdout, stderr, path);

        Assert.Equal("", stderr.ToString());
        Assert.Equal("# earlier step\n" + StepSummary.Render(report) + StepSummary.Render(report), File.ReadAllText(path));
        Assert.Equal(4, GitHubReporterTests.Lines(stdout.ToString()).Length);
    }

    [Fact]
    public void OtherFormatsWriteNoSummary()
    {
        using var cli = new CliRunner();
        string path = Path.Combine(cli.Folder, "summary.md");
        var report = new CheckReport(new[] { GitHubReporterTests.Diagnostic("m", "z.zone") }, new[] { "z.zone" });

        foreach (string format in new[] { "text", "json", "sarif" }) Reporters.Report(format, report, new StringWriter(), new StringWriter(), path);

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void UnwritableSummaryIsOneLineOnStderr()
    {
        using var cli = new CliRunner();
        var report = new CheckReport(new[] { GitHubReporterTests.Diagnostic("m", "z.zone") }, new[] { "z.zone" });
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Reporters.Report("github", report, stdout, stderr, Path.Combine(cli.Folder, "no such folder", "summary.md"));
        Reporters.Report("github", report, stdout, stderr, cli.Folder); // a folder, not a file

        string[] errors = GitHubReporterTests.Lines(stderr.ToString());
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.StartsWith("zonelint: cannot write the step summary to '", e));
        Assert.Equal(4, GitHubReporterTests.Lines(stdout.ToString()).Length); // the annotations were written all the same
    }
}

/// <summary>The one place the environment variable is read: through the CLI, as a workflow step runs it.</summary>
[Collection(StepSummaryEnvironment.Name)]
public sealed class StepSummaryVariableTests
{
    [Fact]
    public void CheckAppendsToTheFileTheVariableNames()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"<script>|\"\n");
        string path = cli.Write("summary.md", "");

        int code;
        using (StepSummaryEnvironment.Set(path)) code = cli.Run("check", "--format", "github", "zones").ExitCode;

        Assert.Equal(1, code);
        string markdown = File.ReadAllText(path);
        Assert.Contains("### zonelint", markdown);
        Assert.Contains("| zones/example.com.zone:10 | error | [ZL2003](" + RuleCatalog.TtlBelowMinimum.HelpUri + ") | ", markdown);
    }

    [Fact]
    public void UnwritableFileKeepsTheExitCode()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");

        (int ExitCode, string Stdout, string Stderr) run;
        using (StepSummaryEnvironment.Set(Path.Combine(cli.Folder, "missing", "summary.md"))) run = cli.Run("check", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("zonelint: cannot write the step summary to '", run.Stderr);
        Assert.Single(GitHubReporterTests.Lines(run.Stderr));
    }

    [Fact]
    public void JsonIgnoresTheVariable()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);
        string path = Path.Combine(cli.Folder, "summary.md");

        using (StepSummaryEnvironment.Set(path)) cli.Run("check", "--format", "json");

        Assert.False(File.Exists(path));
    }
}
