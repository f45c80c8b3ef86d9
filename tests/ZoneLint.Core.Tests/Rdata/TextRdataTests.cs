using System.Linq;
using System.Text;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Tests.Rdata;

/// <summary>Character-strings (RFC 1035 §3.3) and the types built on text: TXT and its kin, HINFO, X25, ISDN, GPOS, CAA, URI.</summary>
public sealed class TextRdataTests
{
    private static readonly string Octets255 = new('a', 255);

    [Theory]
    [InlineData("TXT \"v=spf1 -all\" \"second\"", "0B763D73706631202D616C6C067365636F6E64")]
    [InlineData("TXT hello\\032world \"\\\"q\\\"\" \"caf\\195\\169\"", "0B68656C6C6F20776F726C640322712205636166C3A9")]
    [InlineData("TXT \"\"", "00")]
    [InlineData("TXT \"café\"", "05636166C3A9")]
    [InlineData("TXT \"\\\\ \\\"\"", "035C2022")]
    [InlineData("SPF \"v=spf1 -all\"", "0B763D73706631202D616C6C")]
    [InlineData("AVC \"app-name:WOLFGANG|app-class:OAM\"", "1F6170702D6E616D653A574F4C4647414E477C6170702D636C6173733A4F414D")]
    [InlineData("RESINFO qnamemin exterr=15,16,17", "08716E616D656D696E0F6578746572723D31352C31362C3137")]
    [InlineData("WALLET \"BTC\" \"bc1q\"", "034254430462633171")]
    [InlineData("HINFO \"PC\" \"Linux\"", "025043054C696E7578")]
    [InlineData("X25 311061700956", "0C333131303631373030393536")]
    [InlineData("ISDN \"150862028003217\" \"004\"", "0F31353038363230323830303332313703303034")]
    [InlineData("ISDN 150862028003217", "0F313530383632303238303033323137")]
    [InlineData("GPOS -32.6882 116.8652 10.0", "082D33322E36383832083131362E383635320431302E30")]
    [InlineData("CAA 0 issue \"letsencrypt.org\"", "000569737375656C657473656E63727970742E6F7267")]
    [InlineData("CAA 128 iodef \"mailto:security@example.com\"", "8005696F6465666D61696C746F3A7365637572697479406578616D706C652E636F6D")]
    [InlineData("CAA 0 issue \";\"", "000569737375653B")]
    [InlineData("URI 10 1 \"https://www.example.com/path\"", "000A000168747470733A2F2F7777772E6578616D706C652E636F6D2F70617468")]
    [InlineData("URI 0 0 \"\"", "00000000")]
    [InlineData("DOA 0 1 2 \"\" aHR0cHM6Ly93d3cuaWV0Zi5vcmcvbG9nby5wbmc=", "0000000000000001020068747470733A2F2F7777772E696574662E6F72672F6C6F676F2E706E67")]
    [InlineData("DOA 1 0 0 \"\" -", "00000001000000000000")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Theory]
    [InlineData("TXT", 4, "missing text in TXT")]
    [InlineData("TXT \\01", 5, "bad escape '\\01': \\DDD needs three decimal digits")]
    [InlineData("TXT \\256", 5, "bad escape '\\256': it is over 255")]
    [InlineData("TXT a\\", 5, "it ends with a lone backslash")]
    [InlineData("HINFO \"\" \"\" \"\"", 13, "trailing text after the RDATA of HINFO: '\"\"'")]
    [InlineData("HINFO \"x86\"", 12, "missing OS in HINFO")]
    [InlineData("X25 123", 5, "invalid PSDN address in X25: it has fewer than four digits")]
    [InlineData("X25 12a45", 5, "invalid PSDN address in X25: 'a' is not a digit")]
    [InlineData("CAA 256 issue x", 5, "invalid flags in CAA: '256' is over 255")]
    [InlineData("CAA 0 \"\" x", 7, "invalid tag in CAA")]
    [InlineData("CAA 0 is-sue x", 7, "a tag is letters and digits only (RFC 8659 §4.1)")]
    [InlineData("CAA 0 issue", 12, "missing value in CAA")]
    [InlineData("CAA 0 issue a b", 15, "trailing text after the RDATA of CAA: 'b'")]
    [InlineData("URI 10 1 https://www.example.com/", 10, "write the URI in double quotes")]
    [InlineData("URI 65536 0 \"a\"", 5, "invalid priority in URI: '65536' is over 65535")]
    [InlineData("URI 0 0 \"a\" \"b\"", 13, "trailing text after the RDATA of URI")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);

    [Fact]
    public void ACharacterStringOf255OctetsFits() => Assert.Equal(256, RdataText.Parse($"TXT \"{Octets255}\"").Wire.Length);

    [Fact]
    public void ACharacterStringOver255OctetsIsZL1003()
    {
        var error = RdataText.Error($"TXT \"ok\" \"{Octets255}\\053\"");
        Assert.Equal(RuleCatalog.CharacterStringTooLong, error.Rule);
        Assert.Equal(10, error.Span.StartColumn);
        Assert.Contains("invalid text in TXT: the character-string is 256 octets", error.Message);
    }

    [Fact]
    public void NonAsciiTextCountsInUtf8Octets()
    {
        // 128 two-octet characters: 256 octets although 128 characters.
        var error = RdataText.Error($"TXT \"{new string('é', 128)}\"");
        Assert.Equal(RuleCatalog.CharacterStringTooLong, error.Rule);
    }

    [Fact]
    public void CharacterStringsKeepTheirTokenAndDecodedOctets()
    {
        var strings = RdataText.Parse("TXT \"v=spf1 \" include:_spf.example.com \"\\126all\"").Strings;
        Assert.Equal(new[] { "v=spf1 ", "include:_spf.example.com", "~all" }, strings.Select(s => Encoding.UTF8.GetString(s.Value)));
        Assert.Equal(new[] { true, false, true }, strings.Select(s => s.WasQuoted));
        Assert.Equal("\\126all", strings[2].Token.Text);
    }
}
