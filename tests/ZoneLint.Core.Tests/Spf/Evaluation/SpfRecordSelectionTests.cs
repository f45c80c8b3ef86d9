using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>RFC 7208 §4.3-§4.6: the domain, the record lookup and selection, syntax errors and DNS errors.</summary>
public sealed class SpfRecordSelectionTests
{
    [Theory]
    [InlineData("example.com TXT \"hello\"")] // no SPF record among the TXT records
    [InlineData("example.com A 192.0.2.1")] // NODATA
    [InlineData("other.example.org A 192.0.2.1")] // NXDOMAIN
    [InlineData("example.com TXT \"v=spf10 -all\"")] // §4.5: v=spf1 then a space or the end
    public void NoSpfRecordIsNone(string zone)
    {
        var result = new SpfWorld(zone).Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.None, result.Code);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public void TwoSpfRecordsArePermerror()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 -all"
            example.com TXT "V=SPF1 +all"
            example.com TXT "some other text"
            """);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code);
        Assert.Contains("2 SPF records", result.Reason);
    }

    [Fact]
    public void Type99IsNeverAsked()
    {
        var world = new SpfWorld("""
            example.com SPF "v=spf1 +all"
            example.com TXT "v=spf1 -all"
            """);
        Assert.Equal(SpfResultCode.Fail, world.Check("192.0.2.1", "a@example.com").Code);
        Assert.False(world.Asked("example.com", RRType.SPF));
    }

    [Fact]
    public void CharacterStringsAreJoinedWithNothingBetween()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 ip4:192.0.2.1\" \" -all\"");
        Assert.Equal(SpfResultCode.Pass, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void ASyntaxErrorAnywhereIsPermerrorBeforeAnyTermIsEvaluated()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 a:mail.example.net -all inlcude:_spf.example.net\"");
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code);
        Assert.Contains("inlcude", result.Reason);
        Assert.False(world.Asked("mail.example.net", RRType.A));
    }

    [Theory]
    [InlineData("a@localhost")] // not fully qualified
    [InlineData("a@[192.0.2.1]")] // a domain literal
    [InlineData("a@example..com")] // an empty label
    [InlineData("a@example.123")] // an all-numeric top label
    public void AnInvalidDomainIsNoneWithoutALookup(string sender)
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 -all\"");
        var result = world.Check("192.0.2.1", sender);
        Assert.Equal(SpfResultCode.None, result.Code);
        Assert.Empty(world.Queries);
    }

    [Fact]
    public void ANullSenderChecksTheHeloIdentity()
    {
        var world = new SpfWorld("""
            mail.example.com TXT "v=spf1 -all exp=why.example.com"
            why.example.com TXT "%{s} %{l} %{o} %{h}"
            """);
        var result = world.Check("192.0.2.1", "", helo: "mail.example.com");
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.Equal("postmaster@mail.example.com postmaster mail.example.com mail.example.com", result.Explanation);
    }

    [Fact]
    public void ASenderWithoutLocalPartIsPostmaster()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 -all exp=why.example.com"
            why.example.com TXT "%{s}"
            """);
        Assert.Equal("postmaster@example.com", world.Check("192.0.2.1", "@example.com").Explanation);
    }

    [Theory]
    [InlineData(DnsStatus.Timeout, "timed out")]
    [InlineData(DnsStatus.ServerFailure, "failed")]
    public void ARecordLookupErrorIsTemperror(DnsStatus status, string says)
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 -all\"").Fault("example.com", status);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.TempError, result.Code);
        Assert.Contains(says, result.Reason);
    }

    [Fact]
    public void AnUnknownNameIsTemperrorThatNamesTheDomain()
    {
        // A resolver with no data (outside every zone, no DNS asked) cannot say the name does not exist.
        var world = new SpfWorld("example.com TXT \"v=spf1 include:_spf.example.net -all\"").Fault("_spf.example.net", DnsStatus.Unknown);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.TempError, result.Code);
        Assert.Contains("_spf.example.net", result.Reason);
        Assert.Contains("live DNS was not asked", result.Reason);
    }

    [Fact]
    public void CheckHostTakesTheDomainApartFromTheSender()
    {
        var world = new SpfWorld("""
            example.net TXT "v=spf1 -all exp=why.example.net"
            why.example.net TXT "%{d} %{o}"
            """);
        var result = new SpfEvaluator(world).CheckHost(IPAddress.Parse("192.0.2.1"), DomainName.Parse("example.net."), "a@example.com", null);
        Assert.Equal("example.net example.com", result.Explanation);
    }
}
