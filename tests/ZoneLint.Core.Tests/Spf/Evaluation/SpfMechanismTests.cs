using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>RFC 7208 §5: each mechanism, its qualifier and its lookups.</summary>
public sealed class SpfMechanismTests
{
    [Theory]
    [InlineData("all", SpfResultCode.Pass)]
    [InlineData("+all", SpfResultCode.Pass)]
    [InlineData("-all", SpfResultCode.Fail)]
    [InlineData("~all", SpfResultCode.SoftFail)]
    [InlineData("?all", SpfResultCode.Neutral)]
    public void QualifierOfTheMatchingTermIsTheResult(string term, SpfResultCode expected)
    {
        var world = new SpfWorld($"example.com TXT \"v=spf1 {term}\"");
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(expected, result.Code);
        Assert.Equal(term, result.MatchedTerm!.Text);
        Assert.Equal(DomainName.Parse("example.com."), result.MatchedDomain);
    }

    [Theory]
    [InlineData("192.0.2.1", SpfResultCode.Pass)]
    [InlineData("192.0.2.255", SpfResultCode.Pass)]
    [InlineData("192.0.3.1", SpfResultCode.Fail)]
    [InlineData("::ffff:192.0.2.9", SpfResultCode.Pass)] // §5: IPv4-mapped IPv6 is IPv4
    [InlineData("2001:db8::1", SpfResultCode.Fail)]
    public void Ip4MatchesItsNetworkOnly(string ip, SpfResultCode expected)
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 ip4:192.0.2.0/24 -all\"");
        Assert.Equal(expected, world.Check(ip, "a@example.com").Code);
    }

    [Theory]
    [InlineData("2001:db8:1::1", SpfResultCode.Pass)]
    [InlineData("2001:db8:2::1", SpfResultCode.Fail)]
    [InlineData("192.0.2.1", SpfResultCode.Fail)]
    [InlineData("::ffff:192.0.2.1", SpfResultCode.Fail)]
    public void Ip6MatchesItsNetworkOnly(string ip, SpfResultCode expected)
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 ip6:2001:db8:1::/48 -all\"");
        Assert.Equal(expected, world.Check(ip, "a@example.com").Code);
    }

    [Theory]
    [InlineData("192.0.2.10", SpfResultCode.Pass)] // the current domain's A
    [InlineData("198.51.100.77", SpfResultCode.Pass)] // a:other.example.net/24
    [InlineData("2001:db8::abcd", SpfResultCode.Pass)] // AAAA with //64
    [InlineData("192.0.2.11", SpfResultCode.Fail)]
    [InlineData("2001:db8:0:1::1", SpfResultCode.Fail)]
    public void AUsesTheAddressTypeAndPrefixOfTheClientsFamily(string ip, SpfResultCode expected)
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 a a:other.example.net/24//64 -all"
            example.com A 192.0.2.10
            other.example.net A 198.51.100.1
            other.example.net AAAA 2001:db8::1
            """);
        Assert.Equal(expected, world.Check(ip, "a@example.com").Code);
    }

    [Fact]
    public void AForAnIPv6ClientAsksForAaaaNotA()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 a -all"
            example.com A 192.0.2.10
            """);
        var result = world.Check("2001:db8::1", "a@example.com");
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.True(world.Asked("example.com", RRType.AAAA));
        Assert.False(world.Asked("example.com", RRType.A));
        Assert.Equal(1, result.VoidLookups); // NODATA for AAAA
    }

    [Fact]
    public void MxMatchesAnAddressOfAnyExchangeAndCountsOneLookup()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 mx -all"
            example.com MX 10 mx1.example.com.
            example.com MX 20 mx2.example.com.
            example.com MX 30 .
            mx1.example.com A 192.0.2.1
            mx2.example.com A 192.0.2.2
            """);
        var result = world.Check("192.0.2.2", "a@example.com");
        Assert.Equal(SpfResultCode.Pass, result.Code);
        Assert.Equal(1, result.Lookups); // §4.6.4: the address lookups of MX hosts do not count

        Assert.Equal(SpfResultCode.Fail, world.Check("192.0.2.9", "a@example.com").Code);
        Assert.True(world.Asked("mx2.example.com", RRType.A));
        Assert.False(world.Asked(".", RRType.A)); // RFC 7505 null MX: nothing to look up
    }

    [Fact]
    public void MxWithoutMxRecordsDoesNotFallBackToTheAddress()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 mx -all"
            example.com A 192.0.2.1
            """);
        Assert.Equal(SpfResultCode.Fail, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void MxDualCidrAppliesTheIpv4Prefix()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 mx:example.net/30 -all"
            example.net MX 0 mail.example.net.
            mail.example.net A 203.0.113.1
            """);
        Assert.Equal(SpfResultCode.Pass, world.Check("203.0.113.3", "a@example.com").Code);
        Assert.Equal(SpfResultCode.Fail, world.Check("203.0.113.4", "a@example.com").Code);
    }

    [Fact]
    public void PtrMatchesAValidatedNameAtOrBelowTheTarget()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 ptr -all"
            1.2.0.192.in-addr.arpa PTR fake.example.com.
            1.2.0.192.in-addr.arpa PTR host.example.com.
            host.example.com A 192.0.2.1
            fake.example.com A 198.51.100.1
            """);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.Pass, result.Code);
        Assert.Equal(1, result.Lookups);
    }

    [Fact]
    public void PtrDoesNotMatchANameThatDoesNotValidate()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 ptr:example.com -all"
            1.2.0.192.in-addr.arpa PTR liar.example.com.
            liar.example.com A 198.51.100.1
            """);
        Assert.Equal(SpfResultCode.Fail, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void PtrLookupErrorIsNoMatchNotTemperror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 ptr ?all\"").Fault("1.2.0.192.in-addr.arpa", DnsStatus.ServerFailure);
        Assert.Equal(SpfResultCode.Neutral, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void PtrOfAnIPv6ClientAsksTheNibbleName()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 ptr -all"
            1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa PTR mail.example.com.
            mail.example.com AAAA 2001:db8::1
            """);
        Assert.Equal(SpfResultCode.Pass, world.Check("2001:db8::1", "a@example.com").Code);
    }

    [Theory]
    [InlineData("192.0.2.1")]
    [InlineData("2001:db8::1")] // §5.7: A even for an IPv6 client
    public void ExistsMatchesWhenTheNameHasAnARecord(string ip)
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 exists:%{ir}.list.example.net -all"
            1.2.0.192.list.example.net A 127.0.0.2
            *.list.example.net A 127.0.0.2
            """);
        Assert.Equal(SpfResultCode.Pass, world.Check(ip, "a@example.com").Code);
    }

    [Fact]
    public void ExistsWithoutARecordDoesNotMatchAndIsVoid()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 exists:%{l}.users.example.com ~all\"");
        var result = world.Check("192.0.2.1", "bob@example.com");
        Assert.Equal(SpfResultCode.SoftFail, result.Code);
        Assert.True(world.Asked("bob.users.example.com", RRType.A));
        Assert.Equal(1, result.VoidLookups);
    }

    [Theory]
    [InlineData("v=spf1 ip4:192.0.2.1 -all", SpfResultCode.Pass)]
    [InlineData("v=spf1 -all", SpfResultCode.Fail)]
    [InlineData("v=spf1 ~all", SpfResultCode.Fail)]
    [InlineData("v=spf1 ?all", SpfResultCode.Fail)]
    [InlineData("v=spf1 ip4:198.51.100.1", SpfResultCode.Fail)] // neutral by default: no match
    [InlineData("v=spf1 include:nowhere.example.org", SpfResultCode.PermError)] // §5.2: none is permerror
    public void IncludeMatchesOnlyWhenTheIncludedRecordPasses(string included, SpfResultCode expected)
    {
        var world = new SpfWorld($"""
            example.com TXT "v=spf1 include:_spf.example.net -all"
            _spf.example.net TXT "{included}"
            """);
        Assert.Equal(expected, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void IncludeOfADomainWithoutRecordIsPermerror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 include:nowhere.example.net -all\"");
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code);
        Assert.Contains("nowhere.example.net", result.Reason);
    }

    [Fact]
    public void IncludeTemperrorIsTemperror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 include:_spf.example.net -all\"").Fault("_spf.example.net", DnsStatus.Timeout);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.TempError, result.Code);
        Assert.Contains("_spf.example.net", result.Reason);
    }

    [Fact]
    public void IncludeEvaluatesMacrosAgainstTheIncludedDomain()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 include:_spf.example.net -all"
            _spf.example.net TXT "v=spf1 a:%{d} -all"
            _spf.example.net A 192.0.2.7
            """);
        var result = world.Check("192.0.2.7", "a@example.com");
        Assert.Equal(SpfResultCode.Pass, result.Code);
        Assert.Equal("include:_spf.example.net", result.MatchedTerm!.Text);
        Assert.Equal(2, result.Lookups);
    }

    [Fact]
    public void ATargetThatNoQueryCanCarryMatchesNothing()
    {
        // A label of 64 octets after expansion: treated as a name that does not exist (the suite's preferred fail).
        var world = new SpfWorld("example.com TXT \"v=spf1 a:%{l}.example.com -all\"");
        var result = world.Check("192.0.2.1", new string('x', 64) + "@example.com");
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.Equal(1, result.Lookups);
        Assert.Equal(0, result.VoidLookups);
    }

    [Fact]
    public void AddressLookupFailureIsTemperror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 a:mail.example.net -all\"").Fault("mail.example.net", DnsStatus.ServerFailure);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.TempError, result.Code);
        Assert.Contains("mail.example.net", result.Reason);
    }
}
