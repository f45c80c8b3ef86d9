using System;
using System.Linq;
using ZoneLint.Cli.Dns;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>ZL9002: online, an include whose DNS lookup times out is reported, not a crash and not a wrong count.</summary>
public sealed class DnsLookupFailedTests
{
    private const string Zone = """
        $TTL 3600
        @     IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300
        @     IN NS  ns1.example.net.
        @     IN TXT "v=spf1 ip4:192.0.2.25 include:_spf.provider.example ~all"
        """;

    [Fact]
    public void IncludeWhoseLookupTimesOutIsZl9002AtTheTerm()
    {
        using var silent = new SilentDnsServer();
        var online = new DnsClientResolver(new DnsClientResolverOptions
        {
            NameServers = new[] { silent.EndPoint },
            Timeout = TimeSpan.FromMilliseconds(200),
            Retries = 0,
        });
        var zone = ZoneParser.ParseText("example.com.zone", Zone, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var options = new CheckOptions { Rules = new RuleSettings { SpfResolver = new ChainResolver(new ZoneResolver(new[] { zone }), online) } };

        var diagnostics = ZoneChecker.Check(zone, options).Diagnostics;

        var failure = Assert.Single(diagnostics, d => d.Id == "ZL9002");
        Assert.Equal((4, 37, 4, 66), (failure.Span.StartLine, failure.Span.StartColumn, failure.Span.EndLine, failure.Span.EndColumn));
        Assert.Contains("include:_spf.provider.example: the DNS lookup for _spf.provider.example. failed", failure.Message);
        Assert.DoesNotContain(diagnostics, d => d.Id is "ZL3008" or "ZL3020");
    }
}
