namespace ZoneLint.Core.Tests.Spf.Flattening;

/// <summary>The zone the `spf flatten` tests of Core and of the CLI share (the CLI test project links this file).</summary>
internal static class FlattenZones
{
    /// <summary>
    /// example.com. costs 13 lookups: mx, a:web (1 each), include:_big (1 + 5: three a, an mx and a nested include),
    /// include:_small (1 + 2), include:_dyn (1 + 1, an exists that depends on the sender).
    /// </summary>
    public const string Example = """
        $ORIGIN example.com.
        $TTL 3600
        @       SOA ns1 hostmaster 1 7200 3600 1209600 300
        @       NS  ns1
        ns1     A   192.0.2.53
        @       MX  10 mail
        mail    A   192.0.2.25
        web     A   192.0.2.80
        @       TXT "v=spf1 mx a:web.example.com include:_big.example.com include:_small.example.com include:_dyn.example.com ~all"
        _big    TXT "v=spf1 a:h1.example.com a:h2.example.com/28 a:h3.example.com mx:relay.example.com include:_nested.example.com ip4:198.51.100.0/24 ~all"
        _nested TXT "v=spf1 ip6:2001:db8:1::/48 -all"
        h1      A   203.0.113.1
        h2      A   203.0.113.35
        h3      AAAA 2001:db8::3
        relay   MX  5 mx.relay
        mx.relay A  203.0.113.200
        _small  TXT "v=spf1 a:h1.example.com a:h3.example.com ?all"
        _dyn    TXT "v=spf1 exists:%{i}._spf.example.com -all"
        """;
}
