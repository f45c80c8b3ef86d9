using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Spf.Parsing;

/// <summary>Every term and every error keeps its exact place in the zone file, across strings, lines and escapes.</summary>
public sealed class SpfSpanTests
{
    /// <summary>Parses the TXT record of a one-record zone whose terms (or errors) are marked {|T:...|}.</summary>
    private static (SpfRecord Record, ZoneMarkup Markup) Parse(string markup)
    {
        var parsed = ZoneMarkup.Parse(markup);
        var zone = ZoneParser.ParseText("t.zone", parsed.Text, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var txt = zone.Records.Single(r => r.Type == RRType.TXT);
        return (SpfRecordParser.Parse(SpfText.FromCharacterStrings(txt.Rdata.Strings)), parsed);
    }

    [Fact]
    public void Term_split_across_two_quoted_strings_on_two_lines_spans_both()
    {
        var (record, markup) = Parse("""
            @  IN TXT ( "v=spf1 {|T:include:_spf.goo"
                        "gle.com|} {|T:~all|}" )
            """);
        Assert.True(record.IsValid);
        Assert.Equal(markup.Spans.Select(s => (s.Start, s.End)), record.Terms.Select(t => (t.Span!.Value.Start, t.Span.Value.End)));
        var include = record.Terms[0].Span!.Value;
        Assert.Equal((1, 21, 2, 21), (include.StartLine, include.StartColumn, include.EndLine, include.EndColumn));
        Assert.Equal("include:_spf.google.com", record.Terms[0].Text);
    }

    [Fact]
    public void Terms_in_one_string_point_at_their_own_text()
    {
        var (record, markup) = Parse("""
            @  IN TXT "v=spf1 {|T:ip4:192.0.2.0/24|}  {|T:mx|} {|T:-all|}"
            """);
        Assert.Equal(markup.Spans.Select(s => (s.Start, s.End)), record.Terms.Select(t => (t.Span!.Value.Start, t.Span.Value.End)));
    }

    [Fact]
    public void Escapes_count_as_the_text_that_writes_them()
    {
        // \032 is a space, \109 an 'm': the term `mx` is written `\109x`.
        var (record, markup) = Parse("""
            @  IN TXT "v=spf1\032{|T:\109x|} {|T:~all|}"
            """);
        Assert.Equal(new[] { "mx", "~all" }, record.Terms.Select(t => t.Text));
        Assert.Equal(markup.Spans.Select(s => (s.Start, s.End)), record.Terms.Select(t => (t.Span!.Value.Start, t.Span.Value.End)));
    }

    [Fact]
    public void Errors_span_the_bad_term_even_across_strings()
    {
        var (record, markup) = Parse("""
            @  IN TXT ( "v=spf1 mx {|T:ip4:192.0.2.1"
                        "include:_spf.google.com|} {|T:inlcude:x.example|} ~all" )
            """);
        Assert.Equal(markup.Spans.Select(s => (s.Start, s.End)), record.Errors.Select(e => (e.Span!.Value.Start, e.Span.Value.End)));
    }

    [Fact]
    public void Unquoted_words_map_back_too()
    {
        var (record, markup) = Parse("""
            @  IN TXT "v=spf1 " {|T:mx|} " " {|T:-all|}
            """);
        Assert.True(record.IsValid);
        Assert.Equal(markup.Spans.Select(s => (s.Start, s.End)), record.Terms.Select(t => (t.Span!.Value.Start, t.Span.Value.End)));
    }

    [Fact]
    public void Text_with_no_source_has_offsets_but_no_spans()
    {
        var record = SpfRecordParser.Parse("v=spf1 mx bad -all");
        Assert.All(record.Terms, t => Assert.Null(t.Span));
        Assert.Equal((10, 13), (record.Errors[0].Start, record.Errors[0].End));
        Assert.Null(record.Errors[0].Span);
    }
}
