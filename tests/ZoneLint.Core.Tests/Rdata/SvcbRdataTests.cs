namespace ZoneLint.Core.Tests.Rdata;

/// <summary>SVCB and HTTPS (RFC 9460), including the test vectors of its Appendix D.</summary>
public sealed class SvcbRdataTests
{
    [Theory]
    [InlineData("SVCB 0 foo.example.com.", "000003666F6F076578616D706C6503636F6D00")]
    [InlineData("SVCB 1 .", "000100")]
    [InlineData("SVCB 16 foo.example.com. port=53", "001003666F6F076578616D706C6503636F6D00000300020035")]
    [InlineData("SVCB 1 foo.example.com. key667=hello", "000103666F6F076578616D706C6503636F6D00029B000568656C6C6F")]
    [InlineData("SVCB 1 foo.example.com. key667=\"hello\\210qoo\"", "000103666F6F076578616D706C6503636F6D00029B000968656C6C6FD2716F6F")]
    [InlineData("SVCB 1 foo.example.com. ipv6hint=\"2001:db8::1,2001:db8::53:1\"", "000103666F6F076578616D706C6503636F6D000006002020010DB800000000000000000000000120010DB8000000000000000000530001")]
    [InlineData("SVCB 1 example.com. ipv6hint=\"::ffff:198.51.100.100\"", "0001076578616D706C6503636F6D000006001000000000000000000000FFFFC6336464")]
    [InlineData("SVCB 16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1", "001003666F6F076578616D706C65036F7267000000000400010004000100090268320568332D313900040004C0000201")]
    [InlineData("SVCB 16 foo.example.org. alpn=\"f\\\\\\\\oo\\\\,bar,h2\"", "001003666F6F076578616D706C65036F7267000001000C08665C6F6F2C626172026832")]
    [InlineData("SVCB 16 foo.example.org. alpn=f\\\\\\092oo\\092,bar,h2", "001003666F6F076578616D706C65036F7267000001000C08665C6F6F2C626172026832")]
    [InlineData("SVCB 1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.1", "000100000100060268320268330003000220FB00040004C0000201")]
    [InlineData("SVCB 1 . no-default-alpn alpn=h2", "000100000100030268320002" + "0000")]
    [InlineData("SVCB 1 . dohpath=/dns-query{?dns}", "000100000700102F646E732D71756572797B3F646E737D")]
    [InlineData("SVCB 1 . ohttp", "00010000080000")]
    [InlineData("SVCB 1 . key65535=\"a\" key1000=b port=4 key7 mandatory=key7,port", "00010000000004000300070003000200040007000003E8000162FFFF000161")]
    [InlineData("HTTPS 1 . alpn=\"h3,h2\" ech=\"AEn+DQBFKwAgACABWIHUGj4u+PIggYXcR5JF0gYk3dCRioBW8uJq9H4mKAAIAAEAAQABAANAEnB1YmxpYy50bHMtZWNoLmRldgAA\"", "000100000100060268330268320005004B0049FE0D00452B00200020015881D41A3E2EF8F2208185DC479245D20624DDD0918A8056F2E26AF47E26280008000100010001000340127075626C69632E746C732D6563682E6465760000")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Theory]
    [InlineData("SVCB 65536 .", 6, "invalid priority in SVCB: '65536' is over 65535")]
    [InlineData("SVCB 0", 7, "missing target in SVCB")]
    [InlineData("SVCB 1 . bogus", 10, "invalid SvcParam in SVCB: unknown key 'bogus'")]
    [InlineData("SVCB 1 . PORT=0", 10, "unknown key 'PORT'")]
    [InlineData("SVCB 1 . key007=x", 10, "unknown key 'key007'")]
    [InlineData("SVCB 1 . key65536=x", 10, "unknown key 'key65536'")]
    [InlineData("SVCB 1 . key123=abc key123=def", 21, "key 'key123' appears twice (RFC 9460 §2.2)")]
    [InlineData("SVCB 1 . mandatory", 10, "mandatory needs a value")]
    [InlineData("SVCB 1 . mandatory=a,", 10, "an item of the comma-separated list is empty")]
    [InlineData("SVCB 1 . mandatory=mandatory", 10, "mandatory cannot list itself")]
    [InlineData("SVCB 1 . mandatory=port,port port=1", 10, "'port' is listed twice")]
    [InlineData("SVCB 1 . mandatory=alpn", 10, "invalid mandatory in SVCB: 'alpn' is listed as mandatory but is not given (RFC 9460 §8)")]
    [InlineData("SVCB 1 . alpn=", 10, "alpn needs a value")]
    [InlineData("SVCB 1 . alpn=a,,b", 10, "an ALPN ID is empty")]
    [InlineData("SVCB 1 . alpn=\\,abc", 10, "an ALPN ID is empty")]
    [InlineData("SVCB 1 . alpn=abc\\,", 10, "an ALPN ID is empty")]
    [InlineData("SVCB 1 . alpn=a\\\\", 10, "inside the list, a backslash may only escape ',' or '\\'")]
    [InlineData("SVCB 1 . alpn=a\\\\b", 10, "inside the list, a backslash may only escape")]
    [InlineData("SVCB 1 . no-default-alpn=", 10, "no-default-alpn takes no value")]
    [InlineData("SVCB 1 . no-default-alpn=\"h1\"", 10, "no-default-alpn takes no value")]
    [InlineData("SVCB 1 . port=65536", 10, "invalid port in SVCB: '65536' is over 65535")]
    [InlineData("SVCB 1 . port=1,2", 10, "'1,2' is not a number")]
    [InlineData("SVCB 1 . ipv4hint=1.2.3", 10, "is not an IPv4 address")]
    [InlineData("SVCB 1 . ipv4hint=1.2.3.4,", 10, "an item of the comma-separated list is empty")]
    [InlineData("SVCB 1 . ipv6hint=::W", 10, "is not an IPv6 address")]
    [InlineData("SVCB 1 . ech=AA==,AA==", 10, "the ECHConfigList is not base64")]
    [InlineData("SVCB 1 . dohpath=/dns-query", 10, "is not a URI template path with a dns variable")]
    [InlineData("SVCB 1 . ohttp=x", 10, "ohttp takes no value")]
    [InlineData("SVCB 1 . \"alpn=h2\"", 10, "is a quoted string where key=value belongs")]
    [InlineData("HTTPS 1 . alpn", 11, "invalid alpn in HTTPS: alpn needs a value")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);

    [Fact]
    public void AQuotedValueMustTouchTheEqualsSign() =>
        RdataText.AssertError("SVCB 1 . alpn= \"h2\"", 10, "alpn needs a value");

    [Fact]
    public void TheTargetIsANameField() => Assert.Equal("target", Assert.Single(RdataText.Parse("HTTPS 1 svc port=443").Names).FieldName);
}
