using ZoneLint.Core.Rules.Spf.Syntax;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>The merged record ZL3004 offers.</summary>
public sealed class SpfRecordMergerTests
{
    [Theory]
    [InlineData("v=spf1 ip4:192.0.2.25 ~all", "v=spf1 include:_spf.google.com ~all", "v=spf1 ip4:192.0.2.25 include:_spf.google.com ~all")]
    [InlineData("v=spf1 mx a -all", "v=spf1 +mx a ip4:192.0.2.1 -all", "v=spf1 mx a ip4:192.0.2.1 -all")]
    [InlineData("v=spf1 MX -all", "v=spf1 mx ~all", "v=spf1 MX ~all")]
    [InlineData("v=spf1 mx", "v=spf1 a", "v=spf1 mx a")]
    [InlineData("v=spf1 mx redirect=_spf.a.example", "v=spf1 a redirect=_spf.b.example", "v=spf1 mx a include:_spf.a.example redirect=_spf.b.example")]
    [InlineData("v=spf1 mx exp=why.example.com -all", "v=spf1 a exp=other.example.com -all", "v=spf1 mx a exp=why.example.com -all")]
    [InlineData("v=spf1 mx -all ra=postmaster", "v=spf1 a ~all", "v=spf1 mx ra=postmaster a ~all")]
    public void Terms_in_order_without_repeats_and_one_all(string first, string second, string merged)
    {
        Assert.Equal(merged, SpfRecordMerger.Merge(new[] { first, second }).Text);
    }

    [Fact]
    public void Lookups_are_counted_with_redirect()
    {
        var merged = SpfRecordMerger.Merge(new[] { "v=spf1 a mx ptr ip4:192.0.2.1", "v=spf1 exists:%{i}.x.example include:y.example redirect=z.example" });
        Assert.Equal(6, merged.Lookups);
        Assert.Empty(merged.Notes);
    }

    [Fact]
    public void Different_endings_are_noted()
    {
        var merged = SpfRecordMerger.Merge(new[] { "v=spf1 mx all", "v=spf1 a -all" });
        Assert.Equal("v=spf1 mx a -all", merged.Text);
        Assert.Contains("the records end with +all and -all", Assert.Single(merged.Notes));
    }

    [Theory]
    [InlineData("v=spf1 ip4:192.0.2.25 ~all", "v=spf1 include:_spf.google.com ~all", false)]
    [InlineData("v=spf1 mx", "v=spf1 a", false)] // both end neutral
    [InlineData("v=spf1 mx redirect=_spf.example.net", "v=spf1 a redirect=_spf.example.net", false)]
    [InlineData("v=spf1 mx exp=why.example.com -all", "v=spf1 a exp=why.example.com -all", false)]
    [InlineData("v=spf1 mx -all", "v=spf1 a ~all", true)]
    [InlineData("v=spf1 ip4:192.0.2.0/24", "v=spf1 include:_spf.google.com -all", true)] // neutral would become -all
    [InlineData("v=spf1 mx ~all", "v=spf1 redirect=_spf.example.net", true)] // the redirect becomes an include
    [InlineData("v=spf1 a redirect=_spf.example.net", "v=spf1 mx", true)] // mx's neutral would follow the redirect
    [InlineData("v=spf1 mx exp=why.example.com ~all", "v=spf1 a exp=other.example.com ~all", true)]
    [InlineData("v=spf1 mx exp=why.example.com ~all", "v=spf1 a ~all", true)] // the explanation would reach a's failures
    [InlineData("v=spf1 -ip4:192.0.2.5 ip4:192.0.2.0/24 ~all", "v=spf1 ip4:192.0.2.5 ~all", true)] // pass or fail 192.0.2.5?
    public void Merge_that_picks_between_the_records_says_so(string first, string second, bool chose)
    {
        Assert.Equal(chose, SpfRecordMerger.Merge(new[] { first, second }).Chose);
    }
}
