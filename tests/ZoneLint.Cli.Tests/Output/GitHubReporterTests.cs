using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Text;

namespace ZoneLint.Cli.Tests.Output;

[Collection(StepSummaryEnvironment.Name)]
public sealed class GitHubReporterTests
{
    [Fact]
    public void HostileZoneTextAndFileNamesStayInsideOneAnnotationEach()
    {
        using var _ = StepSummaryEnvironment.Set(null);
        using var cli = new CliRunner();
        cli.Write(HostileZones.FileName, HostileZones.Zone);
        cli.Write("zonelint.json", HostileZones.Configuration);

        var (code, stdout, stderr) = cli.Run("check", "--format", "github");
        var (_, json, _) = cli.Run("check", "--format", "json");

        Assert.Equal(2, code);
        Assert.Equal("", stderr);
        string[] lines = Lines(stdout);
        var expected = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(expected.Count + 1, lines.Length);
        Assert.Equal(4, expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Matches(WorkflowCommandParser.Annotation, lines[i]);
            var command = WorkflowCommandParser.Parse(lines[i])!;
            var d = expected[i];
            Assert.Equal("error", command.Name);
            Assert.Equal(d.GetProperty("file").GetString(), command.Properties["file"]);
            Assert.Equal(d.GetProperty("id").GetString(), command.Properties["title"]);
            Assert.Equal(d.GetProperty("line").GetInt32().ToString(), command.Properties["line"]);
            Assert.Equal(d.GetProperty("column").GetInt32().ToString(), command.Properties["col"]);
            Assert.Equal(d.GetProperty("endColumn").GetInt32().ToString(), command.Properties["endColumn"]);
            string message = d.GetProperty("message").GetString()!;
            Assert.Equal(TextReporter.Sanitize(message, keepLineFeeds: true) + "\n" + d.GetProperty("helpUri").GetString(), command.Data);
        }
        var decoded = lines.Take(expected.Count).Select(l => WorkflowCommandParser.Parse(l)!).ToList();
        Assert.Contains(decoded, c => c.Properties["file"] == HostileZones.FileName);
        Assert.Contains(decoded, c => c.Data.Contains("ZL9\n::error file=x::pwned\\x0D%,:")); // LF shown as a line break, CR made visible
        Assert.Contains(decoded, c => c.Data.Contains("warn\\x85ish"));
        Assert.Contains(decoded, c => c.Data.Contains("bad%25,x:y\\010::error"));
        AssertNothingElseIsACommand(stdout, expected.Count);
        Assert.Equal("zonelint: 4 errors, 0 warnings in 2 files (1 zone file checked).", lines[^1]);
    }

    /// <summary>Every character a message could hold, from NUL to U+009F, round-trips or is made visible; none starts a line.</summary>
    [Fact]
    public void EveryControlCharacterIsEscapedOrMadeVisible()
    {
        var text = new StringBuilder("before\n::warning file=x::pwned\r\n  ::error::again %0A %25 ##[error]old style ");
        for (char c = '\0'; c <= '\u009F'; c++) text.Append(c);
        var d = Diagnostic(text.ToString(), "dir,x/na:me %0A\r\n::error::.zone", DiagnosticSeverity.Warning);

        string line = GitHubReporter.Annotation(d);

        Assert.Matches(WorkflowCommandParser.Annotation, line);
        Assert.DoesNotContain(line, c => c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F));
        var command = WorkflowCommandParser.Parse(line)!;
        Assert.Equal("warning", command.Name);
        Assert.Equal("dir,x/na:me %0A\r\n::error::.zone", command.Properties["file"]);
        string expected = TextReporter.Sanitize(text.ToString(), keepLineFeeds: true) + "\n" + d.Descriptor.HelpUri;
        Assert.Equal(expected, command.Data);
        Assert.DoesNotContain('\r', command.Data);
        Assert.Equal(4, command.Data.Count(c => c == '\n')); // the three of the message and the one before the help link
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Info, "notice")]
    public void SeverityPicksTheCommand(DiagnosticSeverity severity, string command)
    {
        string line = GitHubReporter.Annotation(Diagnostic("m", "z.zone", severity));

        Assert.Equal($"::{command} file=z.zone,line=3,col=5,endLine=3,endColumn=9,title=ZL3001::m%0A{RuleCatalog.SpfSyntax.HelpUri}", line);
    }

    [Fact]
    public void SpanOverSeveralLinesHasNoColumns()
    {
        var span = new SourceSpan("z.zone", 0, 40, 3, 5, 6, 2);
        var d = new ZoneDiagnostic(RuleCatalog.SpfSyntax, DiagnosticSeverity.Error, span, "m");

        string line = GitHubReporter.Annotation(d);

        Assert.StartsWith("::error file=z.zone,line=3,endLine=6,title=ZL3001::", line);
        Assert.Matches(WorkflowCommandParser.Annotation, line);
    }

    [Fact]
    public void CleanRunIsOnePlainSummaryLine()
    {
        using var _ = StepSummaryEnvironment.Set(null);
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, stdout, _) = cli.Run("check", "--format", "github");

        Assert.Equal(0, code);
        Assert.Equal(new[] { "zonelint: No findings in 1 zone file." }, Lines(stdout));
    }

    [Fact]
    public void ExitCodeIsTheSameAsWithTheOtherFormats()
    {
        using var _ = StepSummaryEnvironment.Set(null);
        using var failing = new CliRunner();
        failing.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");

        Assert.Equal(1, failing.Run("check", "--format", "github").ExitCode);
        Assert.Equal(0, failing.Run("check", "--format", "github", "--config", failing.Write("lenient.json", "{ \"rules\": { \"ZL2003\": \"warning\" } }")).ExitCode);
        Assert.Equal(1, failing.Run("check", "--format", "github", "--warnings-as-errors", "--config", Path.Combine(failing.Folder, "lenient.json")).ExitCode);
    }

    internal static ZoneDiagnostic Diagnostic(string message, string file, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(RuleCatalog.SpfSyntax, severity, new SourceSpan(file, 10, 14, 3, 5, 3, 9), message);

    internal static string[] Lines(string stdout)
    {
        Assert.EndsWith(Environment.NewLine, stdout);
        string body = stdout[..^Environment.NewLine.Length];
        Assert.DoesNotContain('\r', body.Replace(Environment.NewLine, "\n"));
        return body.Split(Environment.NewLine);
    }

    /// <summary>The first lines are annotations; every other line is plain text to the runner, in both of its syntaxes.</summary>
    private static void AssertNothingElseIsACommand(string stdout, int annotations)
    {
        foreach (string line in Lines(stdout).Skip(annotations))
        {
            Assert.Null(WorkflowCommandParser.Parse(line));
            Assert.DoesNotContain("##[", line);
        }
    }
}
