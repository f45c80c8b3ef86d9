using System.IO;

namespace ZoneLint.Cli.Tests;

/// <summary>`zonelint fix` run for real in a folder of its own.</summary>
public sealed class FixCommandTests
{
    private const string Zone = """
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        @        IN MX  10 mail.example.com   ; the trailing dot is missing
        @        IN TXT v=spf1 ip4:192.0.2.25 mx ~all
        mail  30 IN A   192.0.2.25
        _dmarc   IN TXT "v=DMARC1; p=none"

        """;

    private const string FixedZone = """
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        @        IN MX  10 mail.example.com.  ; the trailing dot is missing
        @        IN TXT "v=spf1 ip4:192.0.2.25 mx ~all"
        mail  60 IN A   192.0.2.25
        _dmarc   IN TXT "v=DMARC1; p=none"

        """;

    [Fact]
    public void FixRewritesTheFileAndASecondRunChangesNothing()
    {
        using var cli = new CliRunner();
        string path = cli.Write("example.com.zone", Zone);
        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var (code, stdout, stderr) = cli.Run("fix", "example.com.zone");

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("zonelint: fixed 3 findings in 1 file; 0 left", stderr.Trim());
        Assert.Equal(FixedZone, File.ReadAllText(path));
        if (!System.OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Single(Directory.GetFiles(cli.Folder)); // no temporary file left beside it

        var again = cli.Run("fix", "example.com.zone");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("zonelint: fixed 0 findings in 0 files; 0 left", again.Stderr.Trim());
        Assert.Equal(FixedZone, File.ReadAllText(path));
    }

    [Fact]
    public void DryRunPrintsAUnifiedDiffAndWritesNothing()
    {
        using var cli = new CliRunner();
        string path = cli.Write("example.com.zone", Zone);
        var before = File.GetLastWriteTimeUtc(path);

        var (code, stdout, stderr) = cli.Run("fix", "--dry-run", "example.com.zone");

        Assert.Equal(0, code);
        Assert.Equal(Zone, File.ReadAllText(path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        Assert.Equal("""
            --- a/example.com.zone
            +++ b/example.com.zone
            @@ -2,7 +2,7 @@
             @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
             @        IN NS  ns1.example.net.
             @        IN NS  ns2.example.net.
            -@        IN MX  10 mail.example.com   ; the trailing dot is missing
            -@        IN TXT v=spf1 ip4:192.0.2.25 mx ~all
            -mail  30 IN A   192.0.2.25
            +@        IN MX  10 mail.example.com.  ; the trailing dot is missing
            +@        IN TXT "v=spf1 ip4:192.0.2.25 mx ~all"
            +mail  60 IN A   192.0.2.25
             _dmarc   IN TXT "v=DMARC1; p=none"

            """, stdout);
        Assert.Equal("zonelint: would fix 3 findings in 1 file; 0 left", stderr.Trim());
    }

    [Fact]
    public void RuleOptionLimitsTheFixesAndWhatIsLeftSetsTheExitCode()
    {
        using var cli = new CliRunner();
        string path = cli.Write("example.com.zone", Zone);

        var (code, _, stderr) = cli.Run("fix", "--rule", "ZL2003", "example.com.zone");

        Assert.Equal(1, code);
        Assert.Contains("error ZL2002", stderr);
        Assert.Contains("error ZL3002", stderr);
        Assert.Contains("zonelint: fixed 1 finding in 1 file; ", stderr);
        Assert.Contains("mail  60 IN A", File.ReadAllText(path));
        Assert.Contains("mail.example.com   ;", File.ReadAllText(path));
    }

    [Fact]
    public void UnknownRuleIsAUsageError()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone);

        var (code, _, stderr) = cli.Run("fix", "--rule", "ZL2006", "example.com.zone");

        Assert.Equal(2, code);
        Assert.StartsWith("zonelint: --rule ZL2006: no fix for that rule", stderr);
    }

    [Fact]
    public void IncludedFileIsFixedInPlace()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone + "$INCLUDE hosts.inc\n");
        string included = cli.Write("zones/hosts.inc", "ftp.example.com IN A 192.0.2.21\r\n");

        var (code, _, stderr) = cli.Run("fix", "zones/example.com.zone");

        Assert.Equal(0, code);
        Assert.Equal("zonelint: fixed 1 finding in 1 file; 0 left", stderr.Trim());
        Assert.Equal("ftp.example.com. IN A 192.0.2.21\r\n", File.ReadAllText(included));
        Assert.Equal(CliRunner.GoodZone + "$INCLUDE hosts.inc\n", File.ReadAllText(Path.Combine(cli.Folder, "zones/example.com.zone")));
    }

    [Fact]
    public void ByteOrderMarkIsKept()
    {
        using var cli = new CliRunner();
        string path = Path.Combine(cli.Folder, "example.com.zone");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Zone)]);

        Assert.Equal(0, cli.Run("fix", "example.com.zone").ExitCode);

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(FixedZone, System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }
}
