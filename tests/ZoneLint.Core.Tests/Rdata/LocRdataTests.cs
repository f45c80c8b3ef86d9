namespace ZoneLint.Core.Tests.Rdata;

/// <summary>LOC (RFC 1876): coordinates, altitude and the size and precision encodings.</summary>
public sealed class LocRdataTests
{
    [Theory]
    [InlineData("LOC 42 21 54 N 71 06 18 W -24m 30m", "0033161389172DD070BE15F000988D20")]
    [InlineData("LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m", "000016138B3CF018810CBCE0009895B8")]
    [InlineData("LOC 0 N 0 E 0", "00121613800000008000000000989680")]
    [InlineData("LOC 90 59 59.999 S 180 59 59.999 W 42849672.95m 90000000.00m 90000000.00m 90000000.00m", "00999999" + "6C793881" + "59295F81" + "FFFFFFFF")]
    [InlineData("LOC 0 0 0 N 0 0 0 E -100000.00 0 0 0", "00000000" + "80000000" + "80000000" + "00000000")]
    [InlineData("LOC 1 N 1 E 0 0 0 1", "00000012" + "8036EE80" + "8036EE80" + "00989680")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Theory]
    [InlineData("LOC 91 0 0 N 0 0 0 E 0", 5, "invalid latitude degrees in LOC: '91' is over 90")]
    [InlineData("LOC 0 60 0 N 0 0 0 E 0", 7, "invalid latitude minutes in LOC: '60' is over 59")]
    [InlineData("LOC 0 0 60 N 0 0 0 E 0", 9, "invalid latitude seconds in LOC: '60' is over 59.999")]
    [InlineData("LOC 0 0 1.0001 N 0 0 0 E 0", 9, "is not a number with at most 3 decimals")]
    [InlineData("LOC 0 0 0 N 181 0 0 E 0", 13, "invalid longitude degrees in LOC: '181' is over 180")]
    [InlineData("LOC 1 N 1 x 0", 11, "invalid longitude in LOC: 'x' is not E or W")]
    [InlineData("LOC 0 0 0 N 0 0 0 E 42849672.96", 21, "invalid altitude in LOC: '42849672.96' is outside -100000.00m to 42849672.95m")]
    [InlineData("LOC 0 0 0 N 0 0 0 E -100000.01", 21, "is outside -100000.00m to 42849672.95m")]
    [InlineData("LOC 0 0 0 N 0 0 0 E 0 90000000.01", 23, "invalid size in LOC: '90000000.01' is over 90000000.00m")]
    [InlineData("LOC 0 0 0 N 0 0 0 E 0 1.234m", 23, "is not a number metres with at most 2 decimals")]
    [InlineData("LOC 1 N 1 E", 12, "missing altitude in LOC")]
    [InlineData("LOC 0 0 0 N 0 0 0 E 0 0 0 0 x", 29, "trailing text after the RDATA of LOC: 'x'")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);
}
