using System;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Tests.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// What <see cref="RdataFormatter"/> writes, exactly, for RDATA read from text (origin example.): the canonical form the
/// round-trip properties rely on, and the generic form where the presentation form cannot say the same octets.
/// </summary>
public sealed class PresentationFormTests
{
    [Theory]
    [InlineData("A 192.0.2.1", "192.0.2.1")]
    [InlineData("A \\# 4 C0000201", "192.0.2.1")]
    [InlineData("AAAA 2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("AAAA 1:0:0:2:0:0:0:3", "1:0:0:2::3")]
    [InlineData("AAAA ::", "::")]
    [InlineData("AAAA ::ffff:192.0.2.1", "::ffff:c000:201")]
    [InlineData("AAAA 1:2:3:4:5:6:7:0", "1:2:3:4:5:6:7:0")]
    [InlineData("MX 10 mail", "10 mail.example.")]
    [InlineData("NS a\\.b\\000\\ c", "a\\.b\\000\\032c.example.")]
    [InlineData("SOA ns1 host 1 2h 1h 2w 5m", "ns1.example. host.example. 1 7200 3600 1209600 300")]
    [InlineData("TXT \"a\\\"b\\\\c\" \"\\200\" \"x;y (z)\"", "\"a\\\"b\\\\c\" \"\\200\" \"x;y (z)\"")]
    [InlineData("TXT plain words", "\"plain\" \"words\"")]
    [InlineData("TXT \"\"", "\"\"")]
    [InlineData("TXT \"tab\tand\\010newline\"", "\"tab\\009and\\010newline\"")]
    [InlineData("HINFO \"Generic PC\" Linux", "\"Generic PC\" \"Linux\"")]
    [InlineData("DS 60485 RSASHA1 SHA-1 2bb183af5f22588179a53b0a98631fad1a292118", "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118")]
    [InlineData("DNSKEY 257 3 ECDSAP256SHA256 AwEA AQ==", "257 3 13 AwEAAQ==")]
    [InlineData("RRSIG a 8 2 3600 20240101000000 1700000000 12345 example. AAAA", "A 8 2 3600 20240101000000 20231114221320 12345 example. AAAA")]
    [InlineData("NSEC host.example. A MX RRSIG NSEC TYPE1234", "host.example. A MX RRSIG NSEC TYPE1234")]
    [InlineData("NSEC3 1 1 12 aabbccdd 2vptu5timamqttgl4luu9kg21e0aor3s A RRSIG", "1 1 12 AABBCCDD 2VPTU5TIMAMQTTGL4LUU9KG21E0AOR3S A RRSIG")]
    [InlineData("NSEC3PARAM 1 0 0 -", "1 0 0 -")]
    [InlineData("TLSA 3 1 1 0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6", "3 1 1 0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6")]
    [InlineData("LOC 52 22 23 N 4 53 32 E -2m", "52 22 23.000 N 4 53 32.000 E -2.00m 1.00m 10000.00m 10.00m")]
    [InlineData("LOC 42 21 54.5 S 71 06 18.125 W 24.5m 30m 1m 0m", "42 21 54.500 S 71 6 18.125 W 24.50m 30.00m 1.00m 0.00m")]
    [InlineData("CAA 128 issue letsencrypt.org", "128 issue \"letsencrypt.org\"")]
    [InlineData("SVCB 1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.1,192.0.2.2", "1 . alpn=\"h2,h3\" port=8443 ipv4hint=192.0.2.1,192.0.2.2")]
    [InlineData("HTTPS 1 . mandatory=alpn alpn=\"f\\\\\\\\oo\\\\,bar,h2\"", "1 . mandatory=alpn alpn=\"f\\\\\\\\oo\\\\,bar,h2\"")]
    [InlineData("HTTPS 1 . key65000 no-default-alpn alpn=h3 ech=AAAA dohpath=/q{?dns}", "1 . alpn=\"h3\" no-default-alpn ech=AAAA dohpath=\"/q{?dns}\" key65000")]
    [InlineData("APL 1:192.168.32.0/21 !1:192.168.38.0/28 2:2001:db8::/32", "1:192.168.32.0/21 !1:192.168.38.0/28 2:2001:db8::/32")]
    [InlineData("APL", "")]
    [InlineData("WKS 192.0.2.1 tcp smtp http", "192.0.2.1 6 25 80")]
    [InlineData("IPSECKEY 10 0 2 . AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", "10 0 2 . AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==")]
    [InlineData("AMTRELAY 10 1 3 amt.example.", "10 1 3 amt.example.")]
    [InlineData("A6 64 ::1:2:3:4 prefix", "64 ::1:2:3:4 prefix.example.")]
    [InlineData("ATMA +14155551212", "+14155551212")]
    [InlineData("NSAP 0x47.0005.80", "0x47000580")]
    [InlineData("EUI48 00-00-5E-00-53-2A", "00-00-5e-00-53-2a")]
    [InlineData("L64 10 2001:0DB8:1140:1000", "10 2001:0db8:1140:1000")]
    [InlineData("HIP 2 200100107B1A74DF365639CC39F1D578 AwEAAQ== rvs.example.", "2 200100107B1A74DF365639CC39F1D578 AwEAAQ== rvs.example.")]
    [InlineData("URI 10 1 \"ftp://ftp1.example.com/public\"", "10 1 \"ftp://ftp1.example.com/public\"")]
    [InlineData("DOA 0 1 2 \"\" -", "0 1 2 \"\" -")]
    [InlineData("NULL \\# 3 0102ff", "\\# 3 0102FF")]
    [InlineData("TYPE65280 \\# 0", "\\# 0")]
    // Valid as \# for its type, but the text form would be refused or read as other octets: the generic form stays.
    [InlineData("X25 \\# 4 03616263", "\\# 4 03616263")]
    [InlineData("LOC \\# 16 00121613FFFFFFFF8000000000989680", "\\# 16 00121613FFFFFFFF8000000000989680")]
    [InlineData("SVCB \\# 7 0001 00 0002 0000", "\\# 7 00010000020000")]
    public void WritesTheCanonicalForm(string line, string expected)
    {
        var rdata = RdataText.Parse(line);
        Assert.True(RRType.TryParse(line.Split(' ')[0], out ushort type));
        Assert.Equal(expected, RdataFormatter.Format(type, rdata.Wire));
    }

    [Fact]
    public void WritesARecordAsOneLineWithAnAbsoluteEscapedOwner()
    {
        var owner = DomainName.FromLabels(new[] { new byte[] { (byte)'a', (byte)'.', (byte)'b' }, new byte[] { 0, 0x20, 0xC3, 0xA9, (byte)'$' }, new byte[] { (byte)'@' } });
        string line = RdataFormatter.FormatRecord(owner, 300, RRClass.CH, RRType.TXT, new byte[] { 2, (byte)'h', (byte)'i' });
        Assert.Equal("a\\.b.\\000\\032\\195\\169\\$.\\@. 300 CH TXT \"hi\"", line);
        Assert.Equal(". 0 CLASS300 TYPE65280 \\# 0", RdataFormatter.FormatRecord(DomainName.Root, 0, 300, 65280, Array.Empty<byte>()));
    }

    [Fact]
    public void RefusesATtlOverTheRfc2181Maximum() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RdataFormatter.FormatRecord(DomainName.Root, Ttl.Max + 1, RRClass.IN, RRType.A, new byte[4]));
}
