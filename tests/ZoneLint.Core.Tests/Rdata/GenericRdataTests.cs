using System.Linq;
using System.Text;

namespace ZoneLint.Core.Tests.Rdata;

/// <summary>RFC 3597 generic RDATA, `\# length hex`, and its check against the types ZoneLint knows.</summary>
public sealed class GenericRdataTests
{
    [Theory]
    [InlineData("A \\# 4 C0000201", "C0000201")]
    [InlineData("TYPE1 \\# 4 C000 0201", "C0000201")]
    [InlineData("TYPE1 192.0.2.1", "C0000201")]
    [InlineData("TYPE65535 \\# 0", "")]
    [InlineData("TYPE1234 \\# 3 abcdef", "ABCDEF")]
    [InlineData("NULL \\# 0", "")]
    [InlineData("NULL \\# 2 0102", "0102")]
    [InlineData("APL \\# 0", "")]
    [InlineData("MX \\# 3 0001 00", "000100")]
    [InlineData("TXT \\# 2 015C", "015C")]
    [InlineData("SOA \\# 22 00 00 0000000000000000000000000000000000000000", "00000000000000000000000000000000000000000000")]
    [InlineData("SVCB \\# 3 000000", "000000")]
    [InlineData("NSEC3 \\# 7 00000000000100", "00000000000100")]
    [InlineData("LOC \\# 16 00 12 16 13 80000000 80000000 00989680", "00121613800000008000000000989680")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Theory]
    [InlineData("A \\# 0", 3, "invalid \\# RDATA of A: A RDATA cannot be empty")]
    [InlineData("A \\# 3 000000", 3, "invalid \\# RDATA of A: the data ends inside address")]
    [InlineData("A \\# 5 0000000000", 3, "trailing data after the RDATA of A: the \\# data has 1 octets more than its fields take")]
    [InlineData("AAAA \\# 4 00000000", 6, "the data ends inside address")]
    [InlineData("TYPE55555 \\#", 11, "missing RDATA length after \\# in TYPE55555")]
    [InlineData("TYPE55555 \\# x", 14, "invalid RDATA length in the \\# RDATA of TYPE55555: 'x' is not a number")]
    [InlineData("TYPE55555 \\# 65536 00", 14, "'65536' is over 65535")]
    [InlineData("TYPE55555 \\# 1 0000", 16, "the length says 1 octets but the hex data has 2")]
    [InlineData("TYPE55555 \\# 2 00", 16, "the length says 2 octets but the hex data has 1")]
    [InlineData("TYPE55555 \\# 1 0", 16, "has an odd number of hex digits")]
    [InlineData("TYPE55555 \\# 1 zz", 16, "is not hexadecimal")]
    [InlineData("TYPE55555 \\# 1 \"00\"", 16, "is a quoted string")]
    [InlineData("MX \\# 3 0001 C0", 4, "invalid exchange in the \\# RDATA of MX: it is a compression pointer")]
    [InlineData("MX \\# 4 0001 0561", 4, "the data ends inside exchange")]
    [InlineData("TXT \\# 2 0300", 5, "the data ends inside text")]
    [InlineData("NSEC \\# 4 00 000100", 6, "invalid type bitmap in the \\# RDATA of NSEC: window 0 ends in a zero octet")]
    [InlineData("NSEC \\# 6 00 0001 40 0001", 6, "window 0 is out of order or repeated")]
    [InlineData("DS \\# 5 0000000100", 4, "digest type 1 digests are 20 octets")]
    [InlineData("SVCB \\# 10 0001 00 0003 0001 35 0000", 6, "invalid port in the \\# RDATA of SVCB: it must be 2 octets")]
    [InlineData("SVCB \\# 13 0001 00 0003 0002 0035 0000 0000", 6, "key mandatory is out of order or repeated")]
    [InlineData("CAA \\# 3 000561", 5, "the data ends inside tag")]
    [InlineData("LOC \\# 16 01 12 16 13 80000000 80000000 00989680", 5, "invalid version in the \\# RDATA of LOC: 1 is not 0")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);

    [Theory]
    [InlineData("TYPE1234 1 2 3")]
    [InlineData("NULL 0102")]
    [InlineData("UNSPEC x")]
    public void TypesWithoutPresentationFormatTakeOnlyGenericRdata(string line)
    {
        var error = RdataText.Error(line);
        string type = line.Split(' ')[0];
        Assert.Equal($"type {type} has no presentation format known to ZoneLint: write its RDATA as \\# length hex (RFC 3597)", error.Message);
    }

    [Fact]
    public void GenericRdataOfAKnownTypeStillYieldsItsNamesAndStrings()
    {
        var result = RdataText.Parse("MX \\# 8 000A 046D61696C 00");
        var exchange = Assert.Single(result.Names);
        Assert.Equal("exchange", exchange.FieldName);
        Assert.Equal("mail.", exchange.Name.ToString());
        Assert.False(exchange.WasRelative);

        var text = RdataText.Parse("TXT \\# 7 02686903616263");
        Assert.Equal(new[] { "hi", "abc" }, text.Strings.Select(s => Encoding.ASCII.GetString(s.Value)));
    }

    [Fact]
    public void BackslashHashOpensGenericRdataOnlyAsTheFirstToken() =>
        Assert.Equal("01610123" + "0123", RdataText.Wire("TXT a \\# \"\\#\""));
}
