using System;
using System.Linq;
using System.Text;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Tests.Dns;

public sealed class ChainResolverTests
{
    private static readonly DomainName Provider = DomainName.Parse("_spf.provider.example.");

    [Fact]
    public void A_CNAME_that_leaves_the_zones_is_followed_in_the_lock_file_at_its_target()
    {
        var zone = ZoneParser.ParseText("example.com.zone", "_spf IN CNAME _spf.provider.example.\n",
            new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var octets = Encoding.ASCII.GetBytes("v=spf1 ip4:198.51.100.0/24 -all");
        var rdata = new[] { (byte)octets.Length }.Concat(octets).ToArray();
        var lockFile = new LockFile(new[]
        {
            new LockedAnswer(Provider, RRType.TXT, DnsStatus.NoError, DateTimeOffset.UnixEpoch, new[] { new DnsRecord(Provider, RRType.TXT, rdata) }),
        });
        var chain = new ChainResolver(new ZoneResolver(new[] { zone }), new LockFileResolver(lockFile));

        var answer = chain.Query(DomainName.Parse("_spf.example.com."), RRType.TXT);

        Assert.Equal(DnsStatus.NoError, answer.Status);
        Assert.Equal(rdata, Assert.Single(answer.Records).Rdata);
    }

    [Fact]
    public void A_name_no_resolver_knows_stays_unknown()
    {
        var zone = ZoneParser.ParseText("example.com.zone", "_spf IN CNAME _spf.provider.example.\n",
            new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var chain = new ChainResolver(new ZoneResolver(new[] { zone }), new LockFileResolver(LockFile.Empty));

        Assert.Equal(DnsStatus.Unknown, chain.Query(DomainName.Parse("_spf.example.com."), RRType.TXT).Status);
        Assert.Equal(DnsStatus.Unknown, chain.Query(DomainName.Parse("other.example.net."), RRType.TXT).Status);
    }
}
