using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using ARSoft.Tools.Net.Dns;
using ZoneLint.Cli.Dns;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>DnsClientResolver over real UDP and TCP, against a DNS server on 127.0.0.1.</summary>
public sealed class DnsClientResolverTests : IDisposable
{
    private const string Provider = """
        $ORIGIN provider.example.
        $TTL 300
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        @        IN NS  ns1
        @        IN MX  10 mx1
        @        IN MX  20 mx2.other.example.
        _spf     IN TXT "v=spf1 ip4:198.51.100.0/24 " "include:_spf2.provider.example -all"
        _spf2    IN TXT "v=spf1 ip6:2001:db8::/32 -all"
        _spf     IN TXT "unrelated text"
        legacy   IN SPF "v=spf1 -all"
        octets   IN TXT "caf\233 \"quoted\" back\\slash semi\;colon \000nul"
        utf8     IN TXT "caf\195\169 \"quoted\" back\\slash \\\"q\\012"
        mx1      IN A    198.51.100.25
        mx1      IN AAAA 2001:db8::25
        many     IN A 192.0.2.1
        many     IN A 192.0.2.2
        many     IN A 192.0.2.3
        many     IN A 192.0.2.4
        alias    IN CNAME _spf
        alias2   IN CNAME alias
        loop1    IN CNAME loop2
        loop2    IN CNAME loop1
        c1       IN CNAME c2
        c2       IN CNAME c3
        c3       IN CNAME c4
        c4       IN CNAME c5
        c5       IN TXT "end"
        deep.ent.sub IN TXT "x"
        """;

    private readonly LoopbackDnsServer _server = new(Provider);

    public void Dispose() => _server.Dispose();

    private DnsClientResolver Resolver(Action<DnsClientResolverOptions>? configure = null)
    {
        var options = new DnsClientResolverOptions { NameServers = new[] { _server.EndPoint }, Timeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new DnsClientResolver(options);
    }

    private static DomainName N(string name) => DomainName.Parse(name);

    /// <summary>The RDATA the zone parser gives for the same records: what the resolver must give back, octet for octet.</summary>
    private static byte[][] ZoneRdata(string owner, ushort type) =>
        ZoneParser.ParseText("p.zone", Provider, new ParseOptions()).Records
            .Where(r => r.Owner == N(owner) && r.Type == type)
            .Select(r => r.Rdata.Wire)
            .OrderBy(w => Convert.ToHexString(w))
            .ToArray();

    private static byte[][] Rdata(DnsAnswer answer) => answer.Records.Select(r => r.Rdata).OrderBy(w => Convert.ToHexString(w)).ToArray();

    [Fact]
    public void TxtAnswerKeepsEveryCharacterStringAndEveryOctet()
    {
        var resolver = Resolver();

        var spf = resolver.Query(N("_spf.provider.example."), RRType.TXT);
        var octets = resolver.Query(N("octets.provider.example."), RRType.TXT);
        var utf8 = resolver.Query(N("utf8.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.NoError, spf.Status);
        Assert.Equal(ZoneRdata("_spf.provider.example.", RRType.TXT), Rdata(spf));
        var split = spf.Records.Select(r => DnsWire.CharacterStrings(r.Rdata)).Single(s => s.Count == 2);
        Assert.Equal("include:_spf2.provider.example -all", System.Text.Encoding.ASCII.GetString(split[1]));
        Assert.All(spf.Records, r => Assert.Equal(N("_spf.provider.example."), r.Owner));
        Assert.Equal(ZoneRdata("octets.provider.example.", RRType.TXT), Rdata(octets));
        Assert.Contains((byte)0xE9, octets.Records[0].Rdata);
        Assert.Contains((byte)0x00, octets.Records[0].Rdata.Skip(1));
        Assert.Equal(ZoneRdata("utf8.provider.example.", RRType.TXT), Rdata(utf8)); // backslashes DnsClient leaves bare
    }

    [Fact]
    public void AddressAndMxAnswersAreInWireForm()
    {
        var resolver = Resolver();

        var a = resolver.Query(N("mx1.provider.example."), RRType.A);
        var aaaa = resolver.Query(N("mx1.provider.example."), RRType.AAAA);
        var mx = resolver.Query(N("provider.example."), RRType.MX);
        var spf99 = resolver.Query(N("legacy.provider.example."), RRType.SPF);

        Assert.Equal(IPAddress.Parse("198.51.100.25"), DnsWire.Address(a.Records.Single()));
        Assert.Equal(IPAddress.Parse("2001:db8::25"), DnsWire.Address(aaaa.Records.Single()));
        Assert.Equal(ZoneRdata("provider.example.", RRType.MX), Rdata(mx));
        Assert.Equal(new[] { N("mx1.provider.example."), N("mx2.other.example.") }, mx.Records.OrderBy(DnsWire.MxPreference).Select(DnsWire.TargetName));
        Assert.Equal(ZoneRdata("legacy.provider.example.", RRType.SPF), Rdata(spf99));
    }

    [Fact]
    public void NxDomainAndNoDataAreTold()
    {
        var resolver = Resolver();

        var missing = resolver.Query(N("missing.provider.example."), RRType.TXT);
        var noTxt = resolver.Query(N("mx1.provider.example."), RRType.TXT);
        var emptyNonTerminal = resolver.Query(N("ent.sub.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.NxDomain, missing.Status);
        Assert.Equal(DnsStatus.NoError, noTxt.Status);
        Assert.Empty(noTxt.Records);
        Assert.Equal(DnsStatus.NoError, emptyNonTerminal.Status);
        Assert.True(missing.IsVoid && noTxt.IsVoid && emptyNonTerminal.IsVoid);
    }

    [Fact]
    public void ServerFailureBecomesAnAnswerNotAnException()
    {
        _server.ServerFailure[N("_spf.provider.example.")] = true;

        var answer = Resolver().Query(N("_spf.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.ServerFailure, answer.Status);
        Assert.Contains("ServerFailure", answer.Error);
        Assert.Empty(answer.Records);
    }

    [Fact]
    public void ServerThatNeverAnswersTimesOutAfterTheRetries()
    {
        using var silent = new SilentDnsServer();
        var resolver = new DnsClientResolver(new DnsClientResolverOptions
        {
            NameServers = new[] { silent.EndPoint },
            Timeout = TimeSpan.FromMilliseconds(200),
            Retries = 1,
        });

        var answer = resolver.Query(N("_spf.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.Timeout, answer.Status);
        Assert.Contains("no answer after 2 tries", answer.Error);
        Assert.Equal(2, silent.WaitForDatagrams(2)); // one try and one retry, then it gave up
    }

    [Fact]
    public void TruncatedUdpAnswerIsAskedAgainOverTcp()
    {
        _server.TruncateOverUdp[N("_spf.provider.example.")] = true;

        var answer = Resolver().Query(N("_spf.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.NoError, answer.Status);
        Assert.Equal(ZoneRdata("_spf.provider.example.", RRType.TXT), Rdata(answer));
        var transports = _server.Queries.Where(q => q.Name == N("_spf.provider.example.")).Select(q => q.Transport).ToList();
        Assert.Equal(new[] { TransportProtocol.Udp, TransportProtocol.Tcp }, transports);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CnameChainIsFollowedToTheTargetsRecords(bool serverChases)
    {
        _server.ChaseCnames = serverChases;

        var answer = Resolver().Query(N("alias2.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.NoError, answer.Status);
        Assert.Equal(ZoneRdata("_spf.provider.example.", RRType.TXT), Rdata(answer));
        Assert.All(answer.Records, r => Assert.Equal(N("_spf.provider.example."), r.Owner));
        Assert.Equal(serverChases ? 1 : 3, _server.Queries.Count); // a server that does not chase makes the client ask for each target
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CnameLoopIsAServerFailure(bool serverChases)
    {
        _server.ChaseCnames = serverChases;

        var answer = Resolver().Query(N("loop1.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.ServerFailure, answer.Status);
        Assert.Equal("CNAME loop: loop1.provider.example. -> loop2.provider.example. -> loop1.provider.example.", answer.Error);
    }

    [Fact]
    public void CnameChainLongerThanTheLimitIsAServerFailure()
    {
        var limited = Resolver(o => o.MaxCnameChain = 3).Query(N("c1.provider.example."), RRType.TXT);
        var allowed = Resolver(o => o.MaxCnameChain = 4).Query(N("c1.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.ServerFailure, limited.Status);
        Assert.Contains("longer than 3", limited.Error);
        Assert.Equal(DnsStatus.NoError, allowed.Status);
        Assert.Equal(N("c5.provider.example."), allowed.Records.Single().Owner);
    }

    [Fact]
    public void QueriesPastTheCapAreRefusedWithoutBeingSent()
    {
        var resolver = Resolver(o => o.MaxQueries = 2);

        var first = resolver.Query(N("_spf.provider.example."), RRType.TXT);
        var second = resolver.Query(N("_spf2.provider.example."), RRType.TXT);
        var third = resolver.Query(N("mx1.provider.example."), RRType.A);

        Assert.Equal(DnsStatus.NoError, first.Status);
        Assert.Equal(DnsStatus.NoError, second.Status);
        Assert.Equal(DnsStatus.ServerFailure, third.Status);
        Assert.Contains("cap of 2 DNS queries", third.Error);
        Assert.Equal(2, resolver.QueriesSent);
        Assert.Equal(2, _server.Queries.Count);
    }

    [Fact]
    public void CacheAnswersRepeatsAndParallelCallersWithOneQuery()
    {
        var resolver = Resolver();

        var answers = new DnsAnswer[16];
        Parallel.For(0, answers.Length, i => answers[i] = resolver.Query(N("_spf.provider.example."), RRType.TXT));
        var again = resolver.Query(N("_SPF.Provider.Example."), RRType.TXT);

        Assert.All(answers, a => Assert.Same(answers[0], a));
        Assert.Same(answers[0], again);
        Assert.Equal(1, _server.QueriesFor("_spf.provider.example.", RRType.TXT));
        Assert.Equal(1, resolver.QueriesSent);
    }

    [Fact]
    public void AnswerWithMoreRecordsThanTheLimitIsRefused()
    {
        var refused = Resolver(o => o.MaxAnswerRecords = 3).Query(N("many.provider.example."), RRType.A);
        var accepted = Resolver(o => o.MaxAnswerRecords = 4).Query(N("many.provider.example."), RRType.A);

        Assert.Equal(DnsStatus.ServerFailure, refused.Status);
        Assert.Contains("4 records, over the limit of 3", refused.Error);
        Assert.Equal(4, accepted.Records.Count);
    }

    [Fact]
    public void ResponseLargerThanTheLimitIsRefused()
    {
        var answer = Resolver(o => o.MaxResponseBytes = 64).Query(N("_spf.provider.example."), RRType.TXT);

        Assert.Equal(DnsStatus.ServerFailure, answer.Status);
        Assert.Contains("over the limit of 64", answer.Error);
    }

    [Fact]
    public void ServerThatRefusesTheZoneIsAServerFailure()
    {
        var answer = Resolver().Query(N("_spf.elsewhere.example."), RRType.TXT);

        Assert.Equal(DnsStatus.ServerFailure, answer.Status);
        Assert.Contains("Refused", answer.Error);
    }
}

public sealed class DnsClientResolverOptionsTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1:53")]
    [InlineData("127.0.0.1:5353", "127.0.0.1:5353")]
    [InlineData("::1", "[::1]:53")]
    [InlineData("[::1]:5353", "[::1]:5353")]
    [InlineData("dns.example", null)]
    [InlineData("127.0.0.1:0", null)]
    [InlineData("127.0.0.1:99999", null)]
    public void ServerOptionIsAnAddressWithAnOptionalPort(string text, string? expected)
    {
        Assert.Equal(expected, DnsClientResolverOptions.ParseServer(text)?.ToString());
    }
}
