using System.Linq;
using System.Text.Json;

namespace ZoneLint.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void CleanZoneExitsZeroAndSaysSo()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 zone file.", stdout.Trim());
        Assert.Equal("", stderr);
    }

    [Fact]
    public void ProviderIncludeIsOneNoteOfflineAndTheBuildPasses()
    {
        // Offline, the provider's include is not followed: one note (ZL3020) for the run, never a warning or an error.
        using var cli = new CliRunner();
        string zone = CliRunner.ZoneWithProviderInclude;
        cli.Write("zones/example.com.zone", zone);
        cli.Write("zones/db.example.com", zone);

        var (code, stdout, _) = cli.Run("check", "zones");

        Assert.Equal(0, code);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("zones/db.example.com(6,43): info ZL3020: include:_spf.google.com: _spf.google.com. is outside the zones", lines[0]);
        Assert.Equal("0 errors, 0 warnings, 1 note in 1 file (2 zone files checked).", lines[1]);
    }

    [Fact]
    public void ErrorIsPrintedInCompilerStyleAndExitsOne()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone + "example.com IN TXT \"v=spf1 -all\"\n");

        var (code, stdout, _) = cli.Run("check", "zones");

        Assert.Equal(1, code);
        var lines = stdout.Trim().Split('\n');
        Assert.StartsWith("zones/example.com.zone(10,1): error ZL2001: owner 'example.com' has no trailing dot", lines[0]);
        Assert.Contains("example.com.example.com.", lines[0]);
        Assert.Equal("1 error, 0 warnings in 1 file (1 zone file checked).", lines[^1]);
    }

    [Fact]
    public void AnAbsolutePathUnderTheFolderIsShownRelativeEvenWhenItsNameStartsWithDots()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("..example.com.zone", "$ORIGIN example.com.\n" + CliRunner.GoodZone + "www 30 IN TXT \"x\"\n");

        var (_, stdout, _) = cli.Run("check", zone);

        Assert.StartsWith("..example.com.zone(11,5): error ZL2003", stdout);
    }

    [Fact]
    public void JsonOutputFollowsTheContract()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "www 30 IN TXT \"hello\"\n");

        var (code, stdout, _) = cli.Run("check", "--format", "json", "example.com.zone");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("zonelint", root.GetProperty("tool").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", root.GetProperty("version").GetString());
        var d = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("ZL2003", d.GetProperty("id").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("example.com.zone", d.GetProperty("file").GetString());
        Assert.Equal(10, d.GetProperty("line").GetInt32());
        Assert.Equal(5, d.GetProperty("column").GetInt32());
        Assert.Equal(10, d.GetProperty("endLine").GetInt32());
        Assert.Equal(7, d.GetProperty("endColumn").GetInt32());
        Assert.Contains("30 seconds", d.GetProperty("message").GetString());
        Assert.EndsWith("/docs/rules/ZL2003.md", d.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void WarningsPassUnlessWarningsAsErrors()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "mail IN A 192.0.2.25\n");

        Assert.Equal(0, cli.Run("check", "example.com.zone").ExitCode);
        var (code, stdout, _) = cli.Run("check", "--warnings-as-errors", "example.com.zone");
        Assert.Equal(1, code);
        Assert.Contains("warning ZL2008", stdout);
    }

    [Fact]
    public void OriginOptionOverridesTheFileName()
    {
        using var cli = new CliRunner();
        cli.Write("zone.txt", CliRunner.GoodZone.Replace("hostmaster.example.com.", "hostmaster") + "example.org IN A 192.0.2.1\n");

        var (code, stdout, _) = cli.Run("check", "--origin", "example.org", "zone.txt");

        Assert.Equal(1, code);
        Assert.Contains("example.org.example.org.", stdout);
    }

    [Fact]
    public void MissingPathIsOneLineOnStderrAndExitTwo()
    {
        using var cli = new CliRunner();

        var (code, stdout, stderr) = cli.Run("check", "nowhere.zone");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("zonelint: cannot read 'nowhere.zone': no such file or folder", stderr.Trim());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format", "xml")]
    [InlineData("--origin", "a..b")]
    public void BadArgumentsExitTwoWithoutAStackTrace(params string[] args)
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, _, stderr) = cli.Run(new[] { "check" }.Concat(args).Append("example.com.zone").ToArray());

        Assert.Equal(2, code);
        Assert.StartsWith("zonelint: ", stderr);
        Assert.DoesNotContain(" at ZoneLint", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void FolderSearchFindsZoneFilesByNameOnly()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone);
        cli.Write("zones/db.example.com", CliRunner.GoodZone);
        cli.Write("zones/example.com.db", CliRunner.GoodZone);
        cli.Write("zones/notes.txt", "not a zone");
        cli.Write("zones/bin/skipped.zone", "garbage (");

        var (code, stdout, _) = cli.Run("check");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 3 zone files.", stdout.Trim());
    }

    [Fact]
    public void ConfigurationChangesSeverityAndMinimumTtl()
    {
        using var cli = new CliRunner();
        cli.Write("zonelint.json", """{ "rules": { "ZL2008": "error" }, "minimumTtl": 7200 }""");
        cli.Write("example.com.zone", CliRunner.GoodZone + "mail IN A 192.0.2.25\n");

        var (code, stdout, _) = cli.Run("check", "example.com.zone");

        Assert.Equal(1, code);
        Assert.Contains("error ZL2008", stdout);
        Assert.Contains("below the minimum of 7200", stdout);
    }

    [Fact]
    public void InvalidConfigurationIsZl9001WithItsPositionAndExitTwo()
    {
        using var cli = new CliRunner();
        cli.Write("zonelint.json", "{\n  \"rules\": { \"ZL2008\": \"loud\" }\n}\n");
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, stdout, _) = cli.Run("check", "example.com.zone");

        Assert.Equal(2, code);
        Assert.Matches(@"zonelint\.json\(2,\d+\): error ZL9001: ", stdout);
    }

    [Fact]
    public void ControlCharactersFromTheZoneAreEscapedInText()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "bad\u001b[31m IN A 192.0.2.1\n");

        var (_, stdout, _) = cli.Run("check", "example.com.zone");

        Assert.DoesNotContain("\u001b", stdout, System.StringComparison.Ordinal);
        Assert.Contains("error ZL1006: control character 'U+001B'", stdout);
    }
}
