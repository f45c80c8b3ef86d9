using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Tests.Dns;

/// <summary>The zones of a run answering as their authoritative servers would.</summary>
public sealed class ZoneResolverTests
{
    private static ZoneParseResult Zone(string origin, string text) =>
        ZoneParser.ParseText(origin + "zone", "$TTL 3600\n" + text + "\n", new ParseOptions { Origin = DomainName.Parse(origin) });

    private static readonly ZoneParseResult Example = Zone("example.com.", """
        @                IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        @                IN NS ns1
        @                IN TXT "v=spf1 -all"
        ns1              IN A 192.0.2.53
        www              IN A 192.0.2.1
        www              IN A 192.0.2.2
        alias            IN CNAME www
        loop1            IN CNAME loop2
        loop2            IN CNAME loop1
        away             IN CNAME mail.example.net.
        sel._domainkey   IN TXT "v=DKIM1; p="
        *.wild           IN TXT "wildcard"
        there.wild       IN A 192.0.2.9
        elsewhere.org.   IN A 192.0.2.66
        """);

    private static readonly ZoneParseResult Sub = Zone("sub.example.com.", """
        @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        www  IN A 192.0.2.77
        """);

    private static readonly ZoneResolver Resolver = new(new[] { Example, Sub });

    private static DnsAnswer Ask(string name, ushort type) => Resolver.Query(DomainName.Parse(name), type);

    [Fact]
    public void Data_is_answered_in_file_order_whatever_the_case_of_the_name()
    {
        var answer = Ask("WWW.Example.COM.", RRType.A);
        Assert.Equal(DnsStatus.NoError, answer.Status);
        Assert.Equal(new[] { "192.0.2.1", "192.0.2.2" }, answer.Records.Select(r => DnsWire.Address(r)!.ToString()));
        Assert.All(answer.Records, r => Assert.Equal("WWW.Example.COM.", r.Owner.ToString()));
        Assert.NotNull(answer.Records[0].ZoneRecord);
    }

    [Theory]
    [InlineData("www.example.com.", RRType.MX)]      // an owner without that type
    [InlineData("_domainkey.example.com.", RRType.TXT)] // an empty non-terminal
    [InlineData("example.com.", RRType.MX)]
    [InlineData("wild.example.com.", RRType.TXT)]     // exists: it has the wildcard below it
    public void A_name_that_exists_without_the_type_is_NODATA(string name, ushort type)
    {
        var answer = Ask(name, type);
        Assert.Equal(DnsStatus.NoError, answer.Status);
        Assert.Empty(answer.Records);
        Assert.True(answer.IsVoid);
    }

    [Theory]
    [InlineData("nothing.example.com.")]
    [InlineData("deep.nothing.example.com.")]
    [InlineData("x.sel._domainkey.example.com.")]
    public void A_name_that_does_not_exist_below_an_apex_is_NXDOMAIN(string name) =>
        Assert.Equal(DnsStatus.NxDomain, Ask(name, RRType.A).Status);

    [Fact]
    public void Wildcards_answer_for_names_that_do_not_exist_but_not_for_those_that_do()
    {
        var wild = Ask("anything.wild.example.com.", RRType.TXT);
        Assert.Equal(DnsStatus.NoError, wild.Status);
        Assert.Equal("wildcard", Assert.Single(wild.Records).ZoneRecord!.Rdata.Strings[0].Token.Text.Trim('"'));
        // RFC 4592: the closest encloser is wild.example.com., however deep the name below it.
        Assert.Single(Ask("deeper.anything.wild.example.com.", RRType.TXT).Records);
        Assert.Equal(DnsStatus.NxDomain, Ask("anything.there.wild.example.com.", RRType.TXT).Status);
        var there = Ask("there.wild.example.com.", RRType.TXT);
        Assert.Equal(DnsStatus.NoError, there.Status);
        Assert.Empty(there.Records);
    }

    [Fact]
    public void CNAMEs_are_followed_and_a_loop_is_a_server_failure()
    {
        var alias = Ask("alias.example.com.", RRType.A);
        Assert.Equal(2, alias.Records.Count);
        Assert.Equal("www.example.com.", alias.Records[0].Owner.ToString());
        Assert.Equal(RRType.CNAME, Assert.Single(Ask("alias.example.com.", RRType.CNAME).Records).Type);
        Assert.Equal(DnsStatus.ServerFailure, Ask("loop1.example.com.", RRType.A).Status);
        var away = Ask("away.example.com.", RRType.A);
        Assert.Equal(DnsStatus.Unknown, away.Status);
        Assert.Equal("mail.example.net.", away.ContinueAt!.ToString());
    }

    [Fact]
    public void Each_zone_answers_below_its_own_apex_and_out_of_zone_data_is_not_served()
    {
        Assert.Equal("192.0.2.77", DnsWire.Address(Assert.Single(Ask("www.sub.example.com.", RRType.A).Records))!.ToString());
        Assert.Equal(DnsStatus.Unknown, Ask("elsewhere.org.", RRType.A).Status);
        Assert.Same(DnsAnswer.Unknown, Ask("example.net.", RRType.TXT));
        Assert.True(Resolver.IsAuthoritativeFor(DomainName.Parse("a.b.SUB.example.com.")));
        Assert.True(Resolver.IsAuthoritativeFor(DomainName.Parse("example.com.")));
        Assert.False(Resolver.IsAuthoritativeFor(DomainName.Parse("com.")));
        Assert.False(Resolver.IsAuthoritativeFor(DomainName.Parse("xexample.com.")));
        Assert.False(Resolver.IsAuthoritativeFor(DomainName.Root));
    }

    [Fact]
    public void Two_files_of_one_zone_answer_together_in_file_order()
    {
        var first = Zone("example.org.", "@ IN A 192.0.2.1");
        var second = Zone("example.org.", "@ IN A 192.0.2.2\nonly IN A 192.0.2.3");
        var resolver = new ZoneResolver(new[] { first, second });
        Assert.Equal(new[] { "192.0.2.1", "192.0.2.2" },
            resolver.Query(DomainName.Parse("example.org."), RRType.A).Records.Select(r => DnsWire.Address(r)!.ToString()));
        Assert.Equal(DnsStatus.NoError, resolver.Query(DomainName.Parse("only.example.org."), RRType.A).Status);
    }

    [Fact]
    public void A_root_zone_answers_for_every_name()
    {
        var root = Zone(".", "example. IN A 192.0.2.1");
        var resolver = new ZoneResolver(new[] { root });
        Assert.True(resolver.IsAuthoritativeFor(DomainName.Root));
        Assert.Equal(DnsStatus.NoError, resolver.Query(DomainName.Parse("example."), RRType.A).Status);
        Assert.Equal(DnsStatus.NxDomain, resolver.Query(DomainName.Parse("other."), RRType.A).Status);
    }
}
