using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Diagnostics;

public sealed class DiagnosticFingerprintTests
{
    private const string Zone = """
        $TTL 3600
        @     IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300
        @     IN NS ns1.example.net.
        www   30 IN A 192.0.2.80

        """;

    [Fact]
    public void MovingTheRecordKeepsTheFingerprint()
    {
        string moved = Zone.Replace("$TTL 3600\n", "$TTL 3600\n; a comment\nftp IN A 192.0.2.81\n");

        var (before, after) = (Only(Zone), Only(moved));

        Assert.NotEqual(before.Diagnostic.Span.StartLine, after.Diagnostic.Span.StartLine);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
    }

    [Fact]
    public void WhitespaceOnTheLineDoesNotCount()
    {
        string respaced = Zone.Replace("www   30 IN A 192.0.2.80", "www 30\tIN  A 192.0.2.80   ");

        Assert.Equal(Only(Zone).Fingerprint, Only(respaced).Fingerprint);
    }

    [Fact]
    public void ChangingTheRecordMakesANewFinding()
    {
        string changed = Zone.Replace("192.0.2.80", "192.0.2.99");

        Assert.NotEqual(Only(Zone).Fingerprint, Only(changed).Fingerprint);
    }

    [Fact]
    public void WithoutTheSourceTheMessageStandsIn()
    {
        var (diagnostic, fingerprint) = Only(Zone);
        var other = diagnostic with { Message = diagnostic.Message + " (changed)" };

        Assert.Matches("^[0-9a-f]{16}$", fingerprint);
        Assert.NotEqual(fingerprint, DiagnosticFingerprint.Of(diagnostic, null));
        Assert.NotEqual(DiagnosticFingerprint.Of(diagnostic, null), DiagnosticFingerprint.Of(other, null));
    }

    private static (ZoneDiagnostic Diagnostic, string Fingerprint) Only(string text)
    {
        var diagnostic = Assert.Single(ZoneChecker.CheckText("example.com.zone", text, ZoneRun.OptionsFor("example.com.zone", ZoneLintConfiguration.Default)).Diagnostics);
        Assert.Equal(RuleIds.TtlBelowMinimum, diagnostic.Id);
        return (diagnostic, DiagnosticFingerprint.Of(diagnostic, new SourceText("example.com.zone", text)));
    }
}
