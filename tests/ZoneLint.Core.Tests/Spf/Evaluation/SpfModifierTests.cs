using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>RFC 7208 §6: redirect and exp, and the default explanation.</summary>
public sealed class SpfModifierTests
{
    [Fact]
    public void RedirectAppliesWhenNoMechanismMatches()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 ip4:198.51.100.1 redirect=_spf.example.net"
            _spf.example.net TXT "v=spf1 a -all"
            _spf.example.net A 192.0.2.5
            """);
        var result = world.Check("192.0.2.5", "a@example.com");
        Assert.Equal(SpfResultCode.Pass, result.Code);
        Assert.Equal("a", result.MatchedTerm!.Text); // §6.1: the redirect target is the new current domain
        Assert.Equal(DomainName.Parse("_spf.example.net."), result.MatchedDomain);
        Assert.Equal(2, result.Lookups);
    }

    [Fact]
    public void RedirectIsIgnoredWhenAMechanismMatches()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 redirect=_spf.example.net ~all\"");
        var result = world.Check("192.0.2.5", "a@example.com");
        Assert.Equal(SpfResultCode.SoftFail, result.Code);
        Assert.False(world.Asked("_spf.example.net", RRType.TXT));
        Assert.Equal(0, result.Lookups);
    }

    [Fact]
    public void RedirectToADomainWithoutRecordIsPermerror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 redirect=_spf.example.net\"");
        var result = world.Check("192.0.2.5", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code);
        Assert.Contains("_spf.example.net", result.Reason);
    }

    [Fact]
    public void ExpExplainsAFailWithMacrosExpanded()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 -all exp=why.example.com"
            why.example.com TXT "%{c} may not send for %{d}; " "see https://example.com/spf?s=%{S}"
            """);
        var result = world.Check("192.0.2.5", "bob@example.com");
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.Equal("192.0.2.5 may not send for example.com; see https://example.com/spf?s=bob%40example.com", result.Explanation);
        Assert.Equal(0, result.Lookups); // §4.6.4: exp= is not a DNS-querying term
    }

    [Theory]
    [InlineData("")] // no TXT record at why.example.com
    [InlineData("why.example.com TXT \"one\"\nwhy.example.com TXT \"two\"")] // §6.2: more than one record
    [InlineData("why.example.com TXT \"bad %{x} macro\"")] // a syntax error in the explanation
    [InlineData("why.example.com TXT \"caf\\195\\169\"")] // not 7-bit ASCII
    public void AnUnusableExpFallsBackToTheDefaultExplanation(string whyRecords)
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 -all exp=why.example.com\"\n" + whyRecords);
        var result = world.Check("192.0.2.5", "bob@example.com", options: new SpfEvaluatorOptions { DefaultExplanation = "DEFAULT %{d}" });
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.Equal("DEFAULT example.com", result.Explanation);
    }

    [Fact]
    public void ExpLookupErrorsNeitherChangeTheResultNorCountAsVoid()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 a:one.example.com a:two.example.com -all exp=why.example.com"
            """).Fault("why.example.com", DnsStatus.Timeout);
        var result = world.Check("192.0.2.5", "bob@example.com");
        Assert.Equal(SpfResultCode.Fail, result.Code);
        Assert.Equal(2, result.VoidLookups);
        Assert.Equal("example.com does not designate 192.0.2.5 as a permitted sender", result.Explanation);
    }

    [Fact]
    public void TheExpOfAnIncludedRecordIsNotUsed()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 include:_spf.example.net -all exp=mine.example.com"
            _spf.example.net TXT "v=spf1 -all exp=theirs.example.net"
            mine.example.com TXT "mine"
            theirs.example.net TXT "theirs"
            """);
        Assert.Equal("mine", world.Check("192.0.2.5", "bob@example.com").Explanation);
    }

    [Fact]
    public void RedirectReplacesTheExpOfTheRecordThatRedirected()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 exp=mine.example.com redirect=_spf.example.net"
            _spf.example.net TXT "v=spf1 -all exp=theirs.example.net"
            mine.example.com TXT "mine"
            theirs.example.net TXT "theirs %{d}"
            """);
        Assert.Equal("theirs _spf.example.net", world.Check("192.0.2.5", "bob@example.com").Explanation);
    }

    [Fact]
    public void OnlyAFailHasAnExplanation()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 ~all exp=why.example.com"
            why.example.com TXT "nope"
            """);
        var result = world.Check("192.0.2.5", "bob@example.com");
        Assert.Equal(SpfResultCode.SoftFail, result.Code);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void UnknownModifiersAreIgnored()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 default=deny moo.cow=%{d} ?all\"");
        Assert.Equal(SpfResultCode.Neutral, world.Check("192.0.2.5", "bob@example.com").Code);
    }

    [Fact]
    public void TheTraceShowsEachRecordAndTerm()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 include:_spf.example.net -all"
            _spf.example.net TXT "v=spf1 ip4:198.51.100.0/24 -all"
            """);
        var trace = world.Check("192.0.2.5", "bob@example.com").Trace;
        Assert.Equal(new[]
        {
            "example.com: record \"v=spf1 include:_spf.example.net -all\"",
            "  _spf.example.net: record \"v=spf1 ip4:198.51.100.0/24 -all\"",
            "  _spf.example.net: ip4:198.51.100.0/24 → no match",
            "  _spf.example.net: -all → match: fail",
            "example.com: include:_spf.example.net → no match: the included record gave fail",
            "example.com: -all → match: fail",
        }, System.Linq.Enumerable.Select(trace, t => t.ToString()));
    }
}
