using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Tests.Rdata;

/// <summary>Types whose RDATA is mostly domain names: NS, CNAME, SOA, MX and its kin, SRV, NAPTR, PX, RP, MINFO.</summary>
public sealed class NameRdataTests
{
    [Theory]
    [InlineData("NS ns1", "036E7331076578616D706C6500")]
    [InlineData("NS @", "076578616D706C6500")]
    [InlineData("NS .", "00")]
    [InlineData("NS NS1.Example.", "034E5331074578616D706C6500")]
    [InlineData("NS \\0320\\ \\\\\\\"\\.\\@\\*.tld.", "082030205C222E402A03746C6400")]
    [InlineData("NS \\\uD83D\uDE01.", "04F09F988100")] // a backslash before a character outside the BMP escapes all of it (was U+FFFD twice)
    [InlineData("CNAME www.example.org.", "03777777076578616D706C65036F726700")]
    [InlineData("DNAME target.example.net.", "06746172676574076578616D706C65036E657400")]
    [InlineData("PTR host", "04686F7374076578616D706C6500")]
    [InlineData("NSAP-PTR foo.bar.com.", "03666F6F0362617203636F6D00")]
    [InlineData("SOA ns1 hostmaster 2024010101 2h 1h 2w 5m", "036E7331076578616D706C65000A686F73746D6173746572076578616D706C650078A3F17500001C2000000E10001275000000012C")]
    [InlineData("SOA . . 4294967295 4294967295 0 0 0", "0000FFFFFFFFFFFFFFFF000000000000000000000000")]
    [InlineData("MX 10 mail", "000A046D61696C076578616D706C6500")]
    [InlineData("AFSDB 1 afs", "000103616673076578616D706C6500")]
    [InlineData("KX 5 kx", "0005026B78076578616D706C6500")]
    [InlineData("RT 5 relay", "00050572656C6179076578616D706C6500")]
    [InlineData("LP 10 l64-subnet1.example.com.", "000A0B6C36342D7375626E657431076578616D706C6503636F6D00")]
    [InlineData("SRV 10 60 5060 sip.example.org.", "000A003C13C403736970076578616D706C65036F726700")]
    [InlineData("NAPTR 100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.", "0064000A0153075349502B44325500045F736970045F756470076578616D706C6503636F6D00")]
    [InlineData("PX 10 map822 mapx400.example.net.", "000A066D6170383232076578616D706C6500076D617078343030076578616D706C65036E657400")]
    [InlineData("RP admin.example.com. txt", "0561646D696E076578616D706C6503636F6D0003747874076578616D706C6500")]
    [InlineData("MINFO rmail email.example.net.", "05726D61696C076578616D706C650005656D61696C076578616D706C65036E657400")]
    [InlineData("TALINK prev.example. next.example.", "0470726576076578616D706C6500046E657874076578616D706C6500")]
    [InlineData("DSYNC CDS NOTIFY 5359 ns.example.net.", "003B0114EF026E73076578616D706C65036E657400")]
    [InlineData("DSYNC type59 1 5359 .", "003B0114EF00")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Theory]
    [InlineData("MX 70000 mail.", 4, "invalid preference in MX: '70000' is over 65535")]
    [InlineData("MX -1 mail.", 4, "invalid preference in MX: '-1' is not a number")]
    [InlineData("MX 10", 6, "missing exchange in MX")]
    [InlineData("MX", 3, "missing preference in MX")]
    [InlineData("MX 0 @ x", 8, "trailing text after the RDATA of MX: 'x'")]
    [InlineData("MX 10 \"mail.example.\"", 7, "invalid exchange in MX: a domain name cannot be a quoted string")]
    [InlineData("NS ..", 4, "invalid target in NS: '..': the name starts with a dot")]
    [InlineData("NS a..b", 4, "empty label (two dots in a row)")]
    [InlineData("NS \\12", 4, "\\DDD needs three digits")]
    [InlineData("NS 1234567890123456789012345678901234567890123456789012345678901234.tld.", 4, "a label is over 63 octets")]
    [InlineData("SOA @ @ 1h 0 0 0 0", 9, "invalid serial in SOA: '1h' is not a number")]
    [InlineData("SOA @ @ 4294967296 0 0 0 0", 9, "invalid serial in SOA: '4294967296' is over 4294967295")]
    [InlineData("SOA @ @ 0 0 0 0 4294967296", 17, "invalid minimum in SOA: '4294967296' is over 4294967295")]
    [InlineData("SOA @ @ 0 0 0 0 1x", 17, "invalid minimum in SOA: '1x' is not a number of seconds or a period")]
    [InlineData("SOA @ @ 0 0 0 0", 16, "missing minimum in SOA")]
    [InlineData("SRV 0 0 65536 @", 9, "invalid port in SRV: '65536' is over 65535")]
    [InlineData("SRV 0 0 0", 10, "missing target in SRV")]
    [InlineData("NAPTR 0 0 \"S+\" \"\" \"\" .", 11, "invalid flags in NAPTR: '+' is not a letter or digit")]
    [InlineData("DSYNC JUNK NOTIFY 53 example.com.", 7, "invalid type in DSYNC: 'JUNK' is not a type mnemonic or TYPEnnn")]
    [InlineData("DSYNC CDS JUNK 53 example.com.", 11, "invalid scheme in DSYNC: 'JUNK' is not a number or a known mnemonic")]
    [InlineData("DSYNC CDS NOTIFY 65567 x.", 18, "invalid port in DSYNC: '65567' is over 65535")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);

    [Fact]
    public void NameFieldsSayWhetherTheOriginWasAppended()
    {
        var result = RdataText.Parse("SOA ns1 hostmaster.example. 1 2 3 4 5");
        Assert.Collection(result.Names,
            mname =>
            {
                Assert.Equal("MNAME", mname.FieldName);
                Assert.Equal("ns1", mname.Token.Text);
                Assert.Equal("ns1.example.", mname.Name.ToString());
                Assert.True(mname.WasRelative);
            },
            rname =>
            {
                Assert.Equal("RNAME", rname.FieldName);
                Assert.Equal("hostmaster.example.", rname.Name.ToString());
                Assert.False(rname.WasRelative);
            });
    }

    [Theory]
    [InlineData("MX 10 mail", "exchange")]
    [InlineData("NS ns1", "target")]
    [InlineData("CNAME www", "target")]
    [InlineData("SRV 0 0 0 sip", "target")]
    [InlineData("NAPTR 0 0 \"\" \"\" \"\" sip", "replacement")]
    public void NamesTheField(string line, string field) => Assert.Equal(field, RdataText.Parse(line).Names.Single().FieldName);

    [Fact]
    public void KeepsTheCaseOfNames() => Assert.Equal("Mail", System.Text.Encoding.ASCII.GetString(RdataText.Parse("MX 1 Mail.").Names[0].Name.Labels[0]));

    [Fact]
    public void AMissingFieldPointsJustAfterTheType()
    {
        var error = RdataText.Error("CNAME");
        Assert.Equal(6, error.Span.StartColumn);
        Assert.Equal(0, error.Span.Length);
        Assert.Equal(RuleCatalog.MalformedEntry, error.Rule);
    }
}
