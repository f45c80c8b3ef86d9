using System.Linq;

namespace ZoneLint.Cli.Tests;

/// <summary>
/// `zonelint check` on hostile zone files: each run ends within its bound with exit code 1, the finding that names the
/// bound at the place it was reached, and never a stack trace.
/// </summary>
public sealed class LimitTests
{
    private static readonly string TenGenerates = string.Concat(
        "hijklmnopq".Select(c => $"$GENERATE 1-65535 {c}$ A 192.0.2.1\n"));

    private static void AssertNoCrash(string stdout, string stderr)
    {
        foreach (string output in new[] { stdout, stderr })
        {
            Assert.DoesNotContain("Exception", output);
            Assert.DoesNotContain("   at ", output);
            Assert.DoesNotContain("internal error", output);
        }
    }

    [Fact]
    public void Ten_full_GENERATE_lines_stop_at_the_configured_limit()
    {
        using var cli = new CliRunner();
        cli.Write("zonelint.json", "{ \"limits\": { \"generatedRecords\": 100000 } }");
        cli.Write("example.com.zone", CliRunner.GoodZone + TenGenerates);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone");

        Assert.Equal(1, code);
        Assert.Contains("example.com.zone(11,11): error ZL1005: $GENERATE would bring the zone to 131070 generated records, over the limit of 100000", stdout);
        Assert.Equal(1, stdout.Split('\n').Count(l => l.Contains("ZL1005")));
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void The_records_limit_from_the_command_line_stops_the_parse()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + TenGenerates);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone", "--limit", "records=1000");

        Assert.Equal(1, code);
        Assert.Contains("example.com.zone(10,1): error ZL9003: the zone has reached the limit of 1000 records", stdout);
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void A_20_MB_line_is_one_finding_with_the_default_limits()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "big IN TXT " + new string('x', 20_000_000) + "\nlast IN A 192.0.2.9\n");

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone");

        Assert.Equal(1, code);
        Assert.StartsWith("example.com.zone(10,12): error ZL1001: word longer than 262144 characters", stdout);
        Assert.EndsWith("1 error, 0 warnings in 1 file (1 zone file checked).", stdout.Trim());
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void Files_over_the_size_limit_are_not_read()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "$INCLUDE big.inc\n");
        cli.Write("big.inc", "big IN TXT \"" + new string('x', 2_000) + "\"\n");
        cli.Write("big.example.org.zone", CliRunner.GoodZone + "; " + new string('x', 2_000) + "\n");

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone", "big.example.org.zone", "--limit", "fileBytes=1000");

        Assert.Equal(1, code);
        Assert.Contains("example.com.zone(10,10): error ZL1004: cannot include 'big.inc': the file is 2014 octets", stdout);
        Assert.Matches(@"big\.example\.org\.zone\(1,1\): error ZL1004: cannot read 'big\.example\.org\.zone': the file is \d+ octets, over the limit of 1000 for one file", stdout);
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void A_spent_time_limit_ends_the_check_with_a_finding()
    {
        using var cli = new CliRunner();
        cli.Write("zonelint.json", "{ \"limits\": { \"seconds\": 0.000001 } }");
        cli.Write("example.com.zone", CliRunner.GoodZone + TenGenerates);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone");

        Assert.Equal(1, code);
        Assert.StartsWith("example.com.zone(1,1): error ZL9003: the time limit of 0.000001 s for one zone ran out", stdout);
        Assert.EndsWith("1 error, 0 warnings in 1 file (1 zone file checked).", stdout.Trim());
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void Findings_over_the_cap_are_summed_up_in_one_line()
    {
        using var cli = new CliRunner();
        string bad = string.Concat(Enumerable.Range(1, 20).Select(i => $"h{i} IN A 192.0.2.{300 + i}\n"));
        cli.Write("example.com.zone", CliRunner.GoodZone + bad);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone", "--limit", "findingsPerFile=5", "--format", "json");

        Assert.Equal(1, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(6, diagnostics.Count);
        var summary = diagnostics[5];
        Assert.Equal(("ZL9004", "error", 15), (summary.GetProperty("id").GetString(), summary.GetProperty("severity").GetString(), summary.GetProperty("line").GetInt32()));
        Assert.StartsWith("15 more findings in this file from here on not shown (15 errors)", summary.GetProperty("message").GetString());
        AssertNoCrash(stdout, stderr);
    }

    [Fact]
    public void A_bad_limit_is_a_usage_error()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone", "--limit", "record=5");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("zonelint: unknown limit 'record'; the limits are records, generatedRecords", stderr);
        AssertNoCrash(stdout, stderr);
    }
}
