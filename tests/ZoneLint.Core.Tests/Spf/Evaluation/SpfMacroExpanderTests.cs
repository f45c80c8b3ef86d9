using System;
using System.Net;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>RFC 7208 §7: macro expansion, with the examples of §7.4.</summary>
public sealed class SpfMacroExpanderTests
{
    private static readonly DomainName Domain = DomainName.Parse("email.example.com.");

    private static string Expand(string text, string ip = "192.0.2.3", string sender = "strong-bad@email.example.com", bool explanation = false)
    {
        var parsed = SpfMacroParser.Parse(text, SpfMacroContext.Explanation, out var syntax);
        Assert.Null(syntax);
        var values = new SpfMacroValues(IPAddress.Parse(ip), sender, "mx.example.org", "receiver.example.net",
            DateTimeOffset.FromUnixTimeSeconds(1700000000), d => "ptr." + SpfNames.ToText(d));
        string? result = SpfMacroExpander.Expand(parsed!, Domain, values, explanation, out string? error);
        Assert.True(result != null, error);
        return result!;
    }

    // RFC 7208 §7.4, sender strong-bad@email.example.com, client 192.0.2.3.
    [Theory]
    [InlineData("%{s}", "strong-bad@email.example.com")]
    [InlineData("%{o}", "email.example.com")]
    [InlineData("%{d}", "email.example.com")]
    [InlineData("%{d4}", "email.example.com")]
    [InlineData("%{d3}", "email.example.com")]
    [InlineData("%{d2}", "example.com")]
    [InlineData("%{d1}", "com")]
    [InlineData("%{dr}", "com.example.email")]
    [InlineData("%{d2r}", "example.email")]
    [InlineData("%{l}", "strong-bad")]
    [InlineData("%{l-}", "strong.bad")]
    [InlineData("%{lr}", "strong-bad")]
    [InlineData("%{lr-}", "bad.strong")]
    [InlineData("%{l1r-}", "strong")]
    [InlineData("%{ir}.%{v}._spf.%{d2}", "3.2.0.192.in-addr._spf.example.com")]
    [InlineData("%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com")]
    [InlineData("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}", "bad.strong.lp.3.2.0.192.in-addr._spf.example.com")]
    [InlineData("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}", "3.2.0.192.in-addr.strong.lp._spf.example.com")]
    [InlineData("%{d2}.trusted-domains.example.net", "example.com.trusted-domains.example.net")]
    public void Rfc7208Section74Examples(string macro, string expected) => Assert.Equal(expected, Expand(macro));

    [Fact]
    public void Rfc7208Section74Ipv6Example() =>
        Assert.Equal("1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com",
            Expand("%{ir}.%{v}._spf.%{d2}", ip: "2001:db8::cb01"));

    [Theory]
    [InlineData("%{h}", "mx.example.org")]
    [InlineData("%{p}", "ptr.email.example.com")]
    [InlineData("%{i}", "192.0.2.3")]
    [InlineData("%{l+-}", "strong.bad")]
    [InlineData("%{d9}", "email.example.com")] // more parts asked for than there are: all of them
    [InlineData("%%%_%-", "% %20")]
    public void OtherLettersAndEscapes(string macro, string expected) => Assert.Equal(expected, Expand(macro));

    [Fact]
    public void UpperCaseLettersAreUrlEscaped() =>
        Assert.Equal("~jack%26jill%3Dup-a_b3.c", Expand("%{L}", sender: "~jack&jill=up-a_b3.c@example.com"));

    [Theory]
    [InlineData("%{c}", "192.0.2.3")]
    [InlineData("%{r}", "receiver.example.net")]
    [InlineData("%{t}", "1700000000")]
    public void ExplanationOnlyLetters(string macro, string expected)
    {
        Assert.Equal(expected, Expand(macro, explanation: true));
        var parsed = SpfMacroParser.Parse(macro, SpfMacroContext.Explanation, out _)!;
        var values = new SpfMacroValues(IPAddress.Parse("192.0.2.3"), "a@example.com", null, "r", DateTimeOffset.UtcNow);
        Assert.Null(SpfMacroExpander.Expand(parsed, Domain, values, explanation: false, out string? error));
        Assert.Contains("only allowed in explanation text", error);
    }

    [Fact]
    public void CIsTheReadableAddressAndIIsNibblesForIpv6()
    {
        Assert.Equal("2001:db8::cb01", Expand("%{c}", ip: "2001:db8::cb01", explanation: true));
        Assert.Equal("ip6", Expand("%{v}", ip: "2001:db8::cb01"));
    }

    [Fact]
    public void AnExpandedNameOver253CharactersLosesLabelsFromTheLeft()
    {
        string text = "foobar." + string.Join(".", System.Linq.Enumerable.Repeat("somewhat.long.exp.example.com", 8)) + ".example.com";
        var name = SpfNames.TryParse(text, out var error);
        Assert.Null(error);
        Assert.Equal(text.Substring("foobar.".Length), SpfNames.ToText(name!));
    }

    [Theory]
    [InlineData("example.com.", "example.com")] // §7.3: one trailing dot is ignored
    [InlineData("macro%percent  space%20url-space.example.com", "macro%percent  space%20url-space.example.com")]
    public void TargetNamesKeepTheirTextApartFromATrailingDot(string text, string expected) =>
        Assert.Equal(expected, SpfNames.ToText(SpfNames.TryParse(text, out _)!));

    [Theory]
    [InlineData("mail.example...com")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123.example.com")]
    public void TargetNamesNoQueryCanCarryAreRefused(string text)
    {
        Assert.Null(SpfNames.TryParse(text, out var error));
        Assert.NotNull(error);
    }
}
