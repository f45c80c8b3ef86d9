using System;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Dns;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>`zonelint spf lock` against a DNS server on 127.0.0.1: writing the lock, answering from it, and drift.</summary>
public sealed class SpfLockCommandTests : IDisposable
{
    private const string OurZone = """
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN MX  10 mail
        @        IN TXT ( "v=spf1 mx include:_spf.provider.example a:relay.provider.example "
                          "exists:%{i}.rbl.provider.example include:_spf.example.com -all" )
        _spf     IN TXT "v=spf1 include:_spf.partner.example ~all"
        mail     IN A   192.0.2.25
        """;

    private const string ProviderV1 = """
        $ORIGIN provider.example.
        $TTL 300
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        _spf     IN TXT "v=spf1 ip4:198.51.100.0/24 include:_spf2.provider.example -all"
        _spf2    IN TXT "v=spf1 ip6:2001:db8::/32 mx:provider.example -all"
        @        IN MX  10 mx1
        mx1      IN A    198.51.100.25
        relay    IN A    198.51.100.26
        """;

    /// <summary>v1 with `_spf` grown by one include (and one network), as providers do.</summary>
    private const string ProviderV2 = """
        $ORIGIN provider.example.
        $TTL 300
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        _spf     IN TXT "v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.0/24 include:_spf2.provider.example include:_spf3.provider.example -all"
        _spf2    IN TXT "v=spf1 ip6:2001:db8::/32 mx:provider.example -all"
        _spf3    IN TXT "v=spf1 ip4:192.0.2.128/25 -all"
        @        IN MX  10 mx1
        mx1      IN A    198.51.100.25
        relay    IN A    198.51.100.26
        """;

    private const string Partner = """
        $ORIGIN partner.example.
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        _spf     IN TXT "v=spf1 a -all"
        _spf     IN A   203.0.113.9
        """;

    private readonly LoopbackDnsServer _server = new(ProviderV1, Partner);
    private readonly string _folder = Directory.CreateTempSubdirectory("zonelint-lock-").FullName;

    public SpfLockCommandTests() => File.WriteAllText(Path.Combine(_folder, "example.com.zone"), OurZone);

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string LockPath => Path.Combine(_folder, LockFile.DefaultFileName);

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(new[] { "spf", "lock" }.Concat(args).ToArray(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private (int Code, string Stdout, string Stderr) Lock(params string[] extra) =>
        Run(new[] { _folder, "--server", _server.Address }.Concat(extra).ToArray());

    private static DomainName N(string name) => DomainName.Parse(name);

    [Fact]
    public void LockPinsEveryExternalAnswerTheSpfGraphReaches()
    {
        var (code, stdout, stderr) = Lock();

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var result = LockFileReader.Read(LockPath, File.ReadAllText(LockPath));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var questions = result.LockFile!.Answers.Select(a => $"{a.Name} {RRType.ToName(a.Type)}").ToList();
        Assert.Equal(
            new[]
            {
                "_spf.partner.example. A", "_spf.partner.example. TXT", "_spf.partner.example. AAAA", // include, then its `a`
                "provider.example. MX", "_spf.provider.example. TXT", "_spf2.provider.example. TXT",  // include, nested include, its mx
                "mx1.provider.example. A", "mx1.provider.example. AAAA", "relay.provider.example. A", "relay.provider.example. AAAA",
            },
            questions);
        Assert.Single(result.LockFile.Answers.Select(a => a.Fetched).Distinct()); // one date per run
        Assert.Contains("Wrote", stdout);
        Assert.Contains("10 answers for 6 external domains", stdout);
        Assert.Contains("note: example.com. exists:%{i}.rbl.provider.example: not locked, the target depends on the message (%{i})", stdout);
        Assert.DoesNotContain(_server.Queries, q => q.Name.IsSubdomainOf(N("example.com."))); // the zones answer for themselves
    }

    [Fact]
    public void LockFileAnswersAsDnsDid()
    {
        Assert.Equal(0, Lock().Code);
        var lockFile = SpfLockCommand.ReadLock(LockPath);
        var fromLock = new LockFileResolver(lockFile);
        var fromDns = new DnsClientResolver(new DnsClientResolverOptions { NameServers = new[] { _server.EndPoint } });

        foreach (var locked in lockFile.Answers)
        {
            var expected = fromDns.Query(locked.Name, locked.Type);
            var actual = fromLock.Query(locked.Name, locked.Type);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Records.Select(r => (r.Owner, r.Type, Convert.ToHexString(r.Rdata))).OrderBy(r => r.Item3),
                         actual.Records.Select(r => (r.Owner, r.Type, Convert.ToHexString(r.Rdata))).OrderBy(r => r.Item3));
        }
        Assert.Equal(DnsStatus.Unknown, fromLock.Query(N("_spf.unlocked.example."), RRType.TXT).Status);
        Assert.Equal(DnsStatus.Unknown, fromLock.Query(N("_spf.provider.example."), RRType.A).Status);
    }

    [Fact]
    public void CheckPassesWhenDnsMatchesTheLock()
    {
        Assert.Equal(0, Lock().Code);

        var (code, stdout, _) = Lock("--check");

        Assert.Equal(0, code);
        Assert.Contains("matches DNS: 10 answers for 6 external domains.", stdout);
    }

    [Fact]
    public void CheckFailsAndNamesTheIncludeThatGrew()
    {
        Assert.Equal(0, Lock().Code);
        string committed = File.ReadAllText(LockPath);
        _server.Serve(ProviderV2, Partner);

        var (code, stdout, stderr) = Lock("--check");

        Assert.Equal(1, code);
        Assert.Equal("", stderr);
        Assert.Contains("has drifted from DNS:", stdout);
        Assert.Contains("_spf.provider.example. TXT changed: the SPF record is now \"v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.0/24 include:_spf2.provider.example include:_spf3.provider.example -all\"", stdout);
        Assert.Contains("+ include:_spf3.provider.example (1 more DNS lookup)", stdout);
        Assert.Contains("+ ip4:203.0.113.0/24 (a new network may send)", stdout);
        Assert.Contains("_spf3.provider.example. TXT is new: \"v=spf1 ip4:192.0.2.128/25 -all\"", stdout);
        Assert.Matches(@"example\.com\. SPF now costs (\d+) DNS lookups \(was (\d+)\)", stdout);
        Assert.Equal(committed, File.ReadAllText(LockPath)); // --check never writes
    }

    [Fact]
    public void CheckReportsChangedAddressesAndNamesNoLongerReached()
    {
        Assert.Equal(0, Lock().Code);
        _server.Serve(
            ProviderV1
                .Replace("include:_spf2.provider.example ", "")
                .Replace("relay    IN A    198.51.100.26", "relay    IN A    198.51.100.27"),
            Partner);

        var (code, stdout, _) = Lock("--check");

        Assert.Equal(1, code);
        Assert.Contains("      - include:_spf2.provider.example (1 DNS lookup fewer)", stdout);
        Assert.Contains("  _spf2.provider.example. TXT is no longer reached from the zones (was \"v=spf1 ip6:2001:db8::/32 mx:provider.example -all\")", stdout);
        Assert.Contains("  relay.provider.example. A changed:\n      + 198.51.100.27\n      - 198.51.100.26", stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void RelockingUnchangedDnsLeavesTheFileAsItWas()
    {
        Assert.Equal(0, Lock().Code);
        string first = File.ReadAllText(LockPath);

        var (code, stdout, _) = Lock();

        Assert.Equal(0, code);
        Assert.Contains("is up to date", stdout);
        Assert.Equal(first, File.ReadAllText(LockPath));
    }

    [Fact]
    public void RelockingAfterDriftRewritesTheLockAndSaysWhatChanged()
    {
        Assert.Equal(0, Lock().Code);
        _server.Serve(ProviderV2, Partner);

        var (code, stdout, _) = Lock();
        var (checkCode, _, _) = Lock("--check");

        Assert.Equal(0, code);
        Assert.Contains("+ include:_spf3.provider.example (1 more DNS lookup)", stdout);
        Assert.Equal(0, checkCode);
        Assert.NotNull(SpfLockCommand.ReadLock(LockPath).Find(N("_spf3.provider.example."), RRType.TXT));
    }

    [Fact]
    public void FailedLookupIsAToolFailureAndWritesNothing()
    {
        _server.ServerFailure[N("_spf2.provider.example.")] = true;

        var (code, _, stderr) = Lock();

        Assert.Equal(2, code);
        Assert.Contains("_spf2.provider.example. TXT: SERVFAIL", stderr);
        Assert.Contains("1 DNS lookup failed", stderr);
        Assert.False(File.Exists(LockPath));
    }

    [Fact]
    public void CheckWithoutALockFileIsAUsageError()
    {
        var (code, _, stderr) = Lock("--check");

        Assert.Equal(2, code);
        Assert.StartsWith("zonelint: ", stderr);
        Assert.Contains("no lock file", stderr);
        Assert.Contains("zonelint spf lock", stderr);
    }

    [Fact]
    public void LockOptionChoosesWhereTheLockIsWritten()
    {
        string custom = Path.Combine(_folder, "pins", "spf.lock.json");

        var (code, _, _) = Lock("--lock", custom);

        Assert.Equal(0, code);
        Assert.True(File.Exists(custom));
        Assert.False(File.Exists(LockPath));
    }

    [Fact]
    public void ConfigurationSaysWhereTheLockGoes()
    {
        File.WriteAllText(Path.Combine(_folder, "zonelint.json"), "{ \"spf\": { \"lockFile\": \"pins/spf.lock.json\" } }");

        var (code, stdout, _) = Lock();

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_folder, "pins", "spf.lock.json")), stdout);
        Assert.False(File.Exists(LockPath));
    }

    [Fact]
    public void BadServerIsAUsageError()
    {
        var (code, _, stderr) = Run(_folder, "--server", "dns.example");

        Assert.Equal(2, code);
        Assert.Contains("invalid --server 'dns.example'", stderr);
    }
}
