using System.IO;
using System.Linq;
using System.Text.Json;

namespace ZoneLint.Cli.Tests;

public sealed class BaselineTests
{
    /// <summary>A legacy zone with two accepted findings: TTLs of 30 seconds (ZL2003).</summary>
    private static readonly string LegacyZone = CliRunner.GoodZone + "ftp   30 IN A 192.0.2.81\nold   30 IN A 192.0.2.82\n";

    [Fact]
    public void WriteBaselineRecordsEveryFindingAndPasses()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", LegacyZone);

        var (code, stdout, stderr) = cli.Run("check", "zones", "--write-baseline", "ci/zonelint.baseline.json");

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("zonelint: recorded 2 findings in ci/zonelint.baseline.json", stderr);
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Folder, "ci/zonelint.baseline.json")));
        var findings = baseline.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("../zones/example.com.zone", f.GetProperty("file").GetString()));
        Assert.All(findings, f => Assert.Equal("ZL2003", f.GetProperty("id").GetString()));
        Assert.Equal(new[] { 10, 11 }, findings.Select(f => f.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void KnownFindingsAreHiddenEvenAfterLinesMove()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", LegacyZone);
        cli.Run("check", "zones", "--write-baseline", "zonelint.baseline.json");
        cli.Write("zones/example.com.zone", LegacyZone.Replace("$TTL 3600\n", "$TTL 3600\n; moved down by this comment\n"));

        var (code, stdout, stderr) = cli.Run("check", "zones", "--baseline", "zonelint.baseline.json");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 zone file.", stdout.Trim());
        Assert.Equal("zonelint: 2 known findings not shown (baseline zonelint.baseline.json)", stderr.Trim());
    }

    [Fact]
    public void OnlyNewFindingsAreReported()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", LegacyZone);
        cli.Run("check", "zones", "--write-baseline", "zonelint.baseline.json");
        // One old finding fixed, one new record with the same mistake, and an exact copy of an old one.
        string edited = LegacyZone.Replace("ftp   30", "ftp 3600") + "new   30 IN A 192.0.2.83\nold   30 IN A 192.0.2.82\n";
        cli.Write("zones/example.com.zone", edited);

        var (code, stdout, stderr) = cli.Run("check", "zones", "--baseline", "zonelint.baseline.json", "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()}@{d.GetProperty("line").GetInt32()}");
        // The copy is a second finding with the same fingerprint: the baseline accepted one, not every copy.
        Assert.Equal(new[] { "ZL2003@12", "ZL2008@13", "ZL2003@13" }, found); // ZL2008: the copy is a duplicate record
        Assert.Equal("", stderr); // the note about the baseline is for people, in text output only
    }

    [Fact]
    public void FixedEntriesAreCountedInTheNote()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", LegacyZone);
        cli.Run("check", "zones", "--write-baseline", "zonelint.baseline.json");
        cli.Write("zones/example.com.zone", LegacyZone.Replace("ftp   30", "ftp 3600"));

        var (code, _, stderr) = cli.Run("check", "zones", "--baseline", "zonelint.baseline.json");

        Assert.Equal(0, code);
        Assert.Equal("zonelint: 1 known finding not shown (baseline zonelint.baseline.json); 1 of its entries no longer occurs (write it again to drop them)", stderr.Trim());
    }

    [Fact]
    public void TheBaselineMatchesWhateverFolderTheCheckRunsFrom()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", LegacyZone);
        cli.Run("check", "zones", "--write-baseline", "zonelint.baseline.json");

        var (code, _, _) = cli.Run("check", Path.Combine(cli.Folder, "zones"), "--baseline", Path.Combine(cli.Folder, "zonelint.baseline.json"));

        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData(null, "cannot read baseline 'missing.json': no such file")]
    [InlineData("{ \"findings\": 3 }", "invalid baseline 'missing.json': it has no \"findings\" array")]
    [InlineData("{ \"findings\": [ { \"id\": \"ZL2003\" } ] }", "invalid baseline 'missing.json': a finding without a \"file\" string")]
    [InlineData("not json", "invalid baseline 'missing.json': ")]
    public void ABaselineThatCannotBeReadIsOneLineAndExitTwo(string? text, string expected)
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", LegacyZone);
        if (text != null) cli.Write("missing.json", text);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone", "--baseline", "missing.json");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("zonelint: " + expected, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void AnInvalidConfigurationIsNeverBaselined()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", LegacyZone);
        cli.Write("zonelint.json", "{ \"minimumTtl\": \"soon\" }");

        var (code, _, stderr) = cli.Run("check", "example.com.zone", "--write-baseline", "zonelint.baseline.json");

        Assert.Equal(2, code);
        Assert.Contains("no baseline written", stderr);
        Assert.False(File.Exists(Path.Combine(cli.Folder, "zonelint.baseline.json")));
    }
}
