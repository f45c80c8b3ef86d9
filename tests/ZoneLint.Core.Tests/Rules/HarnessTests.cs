using System;
using System.Collections.Generic;
using Xunit.Sdk;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>The markup and the verifier themselves: a harness that cannot fail proves nothing.</summary>
public sealed class HarnessTests
{
    [Fact]
    public void Markup_gives_the_plain_text_and_the_spans()
    {
        var markup = ZoneMarkup.Parse("a {|ZL2001:bc|} d\n{|ZL2008:e\nf|}");

        Assert.Equal("a bc d\ne\nf", markup.Text);
        Assert.Equal(new[] { new MarkedSpan("ZL2001", 2, 4), new MarkedSpan("ZL2008", 7, 10) }, markup.Spans);
    }

    [Fact]
    public void Markup_nests_and_may_be_empty()
    {
        var markup = ZoneMarkup.Parse("{|ZL2008:x {|ZL2002:y|}|}{|ZL2011:|}");

        Assert.Equal("x y", markup.Text);
        Assert.Equal(new[] { new MarkedSpan("ZL2008", 0, 3), new MarkedSpan("ZL2002", 2, 3), new MarkedSpan("ZL2011", 3, 3) }, markup.Spans);
    }

    [Theory]
    [InlineData("{|ZL2001 no colon")]
    [InlineData("{|:text|}")]
    [InlineData("{|ZL2001:never closed")]
    public void Malformed_markup_is_rejected(string markup)
    {
        Assert.Throws<FormatException>(() => ZoneMarkup.Parse(markup));
    }

    [Theory]
    [InlineData("a {|ZL2001:bc|} d")]
    [InlineData("{|ZL2008:x {|ZL2002:y|}|}{|ZL2011:|}")]
    [InlineData("{|ZL2003:{|ZL2004:same|}|}")]
    [InlineData("{|A:ab|}{|B:|}{|C:cd|}")]
    [InlineData("$GENERATE 1-3 ${0,3,n}")]
    public void Render_is_the_inverse_of_Parse(string text)
    {
        var markup = ZoneMarkup.Parse(text);
        var again = ZoneMarkup.Parse(ZoneMarkup.Render(markup.Text, markup.Spans));

        Assert.Equal(markup.Text, again.Text);
        Assert.Equal(Sorted(markup.Spans), Sorted(again.Spans));
    }

    [Fact]
    public void Offset_of_a_line_and_column()
    {
        Assert.Equal(7, ZoneMarkup.OffsetOf("abc\nde\nfgh", 3, 1));
        Assert.Equal(5, ZoneMarkup.OffsetOf("abc\r\nde", 2, 1));
    }

    [Fact]
    public void Missing_and_unexpected_diagnostics_fail_with_the_actual_markup()
    {
        var verifier = new RuleVerifier("Fake", _ => new List<(string, int, int)> { ("ZL2002", 4, 5) });

        var failure = Assert.Throws<XunitException>(() => verifier.Verify("{|ZL2001:abc|} de"));

        Assert.Contains("Fake did not report", failure.Message);
        Assert.Contains("{|ZL2001:abc|} de", failure.Message);
        Assert.Contains("abc {|ZL2002:d|}e", failure.Message);
        Assert.Contains("missing:    ZL2001 (1,1)-(1,4) 'abc'", failure.Message);
        Assert.Contains("unexpected: ZL2002 (1,5)-(1,6) 'd'", failure.Message);
    }

    [Fact]
    public void A_diagnostic_reported_twice_must_be_marked_twice()
    {
        var verifier = new RuleVerifier("Fake", _ => new List<(string, int, int)> { ("ZL2001", 0, 3), ("ZL2001", 0, 3) });

        Assert.Throws<XunitException>(() => verifier.Verify("{|ZL2001:abc|}"));
        verifier.Verify("{|ZL2001:{|ZL2001:abc|}|}");
    }

    [Fact]
    public void Only_compares_the_named_rules()
    {
        var verifier = new RuleVerifier("Fake", _ => new List<(string, int, int)> { ("ZL2001", 0, 3), ("ZL2011", 0, 0) });

        Assert.Throws<XunitException>(() => verifier.Verify("{|ZL2001:abc|}"));
        verifier.Only("ZL2001").Verify("{|ZL2001:abc|}");
    }

    [Fact]
    public void Message_fragments_are_checked()
    {
        var verifier = new RuleVerifier("Fake", _ => new List<ReportedDiagnostic> { new("ZL2001", 0, 3, "owner becomes abc.example.com.example.com.") });

        verifier.VerifyMessage("{|ZL2001:abc|}", "ZL2001", "becomes", "example.com.example.com.");
        Assert.Throws<XunitException>(() => verifier.VerifyMessage("{|ZL2001:abc|}", "ZL2001", "trailing dot"));
        Assert.Throws<XunitException>(() => new RuleVerifier("Spans only", _ => new List<(string, int, int)> { ("ZL2001", 0, 3) })
            .VerifyMessage("{|ZL2001:abc|}", "ZL2001", "becomes"));
    }

    [Fact]
    public void Line_and_column_surface_is_compared_by_offsets()
    {
        var verifier = RuleVerifier.FromLineColumns("Canonical", _ => new List<(string, int, int, int, int)> { ("ZL2012", 2, 1, 3, 4) });

        verifier.Verify("x\n{|ZL2012:ab\ncde|}f");
    }

    [Fact]
    public void Core_surface_uses_example_com_as_the_origin()
    {
        RuleVerifier.Core().Only("ZL2001").Verify("{|ZL2001:www.example.com|} IN A 192.0.2.1\n");
    }

    private static List<MarkedSpan> Sorted(IEnumerable<MarkedSpan> spans)
    {
        var list = new List<MarkedSpan>(spans);
        list.Sort((a, b) => (a.Start, a.End, a.Id).CompareTo((b.Start, b.End, b.Id)));
        return list;
    }
}
