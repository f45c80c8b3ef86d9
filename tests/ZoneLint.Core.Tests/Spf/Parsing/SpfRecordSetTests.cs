using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Tests.Spf.Parsing;

/// <summary>Selecting SPF records at a name (RFC 7208 §4.5), and the damaged forms people publish.</summary>
public sealed class SpfRecordSetTests
{
    private static SpfRecordSet Set(string records)
    {
        var zone = ZoneParser.ParseText("t.zone", "$TTL 3600\n" + records + "\n", new ParseOptions { Origin = DomainName.Parse("example.com.") });
        return SpfRecordSet.From(DomainName.Parse("example.com."), zone.Records)!;
    }

    private static SpfCandidate One(string rdata) => Assert.Single(Set("@ IN TXT " + rdata).Candidates);

    [Theory]
    [InlineData("v=spf1 a mx ~all", "v=spf1amx~all", "v=spf1 a mx ~all")]
    [InlineData("\"v=spf1 a\" mx ~all", "v=spf1 amx~all", "v=spf1 a mx ~all")]
    [InlineData("v=spf1 \"a mx ~all\"", "v=spf1a mx ~all", "v=spf1 a mx ~all")]
    [InlineData("\"v=spf1 ip4:198.51.100.0/28\" include:_spf.google.com ~all", "v=spf1 ip4:198.51.100.0/28include:_spf.google.com~all",
        "v=spf1 ip4:198.51.100.0/28 include:_spf.google.com ~all")]
    [InlineData("v=spf 1 mx", "v=spf1mx", "v=spf 1 mx")]
    public void Unquoted_words_are_recognised_with_the_text_that_was_meant(string rdata, string seen, string meant)
    {
        var candidate = One(rdata);
        Assert.Equal(SpfCandidateForm.Unquoted, candidate.Form);
        Assert.Equal(seen, candidate.Text.Value);
        Assert.Equal(meant, candidate.IntendedText);
    }

    [Theory]
    [InlineData("\"v=spf1 a mx \" ~all")]
    [InlineData("\"v=spf1 a mx\" \" ~all\"")]
    [InlineData("v=spf1")]
    [InlineData("\"v=spf1 include:_spf.goo\" \"gle.com ~all\"")]
    public void Records_whose_strings_join_as_meant_are_plain_records(string rdata)
    {
        var candidate = One(rdata);
        Assert.Equal(SpfCandidateForm.Record, candidate.Form);
        Assert.True(candidate.IsSelected);
        Assert.Same(candidate.Parsed, candidate.Intended);
    }

    [Theory]
    [InlineData("“v=spf1 a mx ~all”", "v=spf1 a mx ~all")]
    [InlineData("“ v=spf1 mx ”", "v=spf1 mx")]
    [InlineData("„v=spf1 -all“", "v=spf1 -all")]
    public void Typographic_quotes_around_unquoted_words(string rdata, string meant)
    {
        var candidate = One(rdata);
        Assert.Equal(SpfCandidateForm.TypographicQuotes, candidate.Form);
        Assert.Equal(meant, candidate.IntendedText);
        Assert.Null(candidate.Recognition);
        Assert.True(candidate.IsIntendedSpf);
        Assert.False(candidate.IsSelected);
    }

    [Fact]
    public void Typographic_quotes_around_a_broken_version_are_recognised_too()
    {
        var candidate = One("“v=spf 1 mx”");
        Assert.Equal(SpfCandidateForm.TypographicQuotes, candidate.Form);
        Assert.Equal("v=spf1 mx", candidate.Recognition!.Fixed);
    }

    [Theory]
    [InlineData("\"v=spf 1 mx ~all\"", "starts with \"v=spf 1\"", 0, 7, "v=spf1 mx ~all")]
    [InlineData("\"v = spf1 mx\"", "starts with \"v = spf1\"", 0, 8, "v=spf1 mx")]
    [InlineData("\"v:spf1 mx\"", "starts with \"v:spf1\"", 0, 6, "v=spf1 mx")]
    [InlineData("\"v=sfp1 mx\"", "starts with \"v=sfp1\"", 0, 6, "v=spf1 mx")]
    [InlineData("\"v=spf mx -all\"", "starts with \"v=spf\"", 0, 5, "v=spf1 mx -all")]
    [InlineData("\"v=spf1.0 mx\"", "starts with \"v=spf1.0\"", 0, 8, "v=spf1 mx")]
    [InlineData("\"spf1 mx -all\"", "starts with \"spf1\"", 0, 4, "v=spf1 mx -all")]
    [InlineData("\"v=spf1a mx\"", "\"v=spf1\" is followed by 'a'", 0, 7, "v=spf1 a mx")]
    [InlineData("\"v=spf1, mx\"", "\"v=spf1\" is followed by ','", 0, 7, "v=spf1 mx")]
    [InlineData("\" v=spf1 mx -all\"", "starts with a space", 0, 1, "v=spf1 mx -all")]
    [InlineData("\"  v=spf 1 mx\"", "starts with a space", 0, 2, "v=spf1 mx")]
    [InlineData("\"\\\"v=spf1 mx -all\\\"\"", "quote character '\"'", 0, 1, "v=spf1 mx -all")]
    [InlineData("\"'v=spf1 mx -all'\"", "quote character '''", 0, 1, "v=spf1 mx -all")]
    [InlineData("\"“v=spf1 mx”\"", "quote character '“'", 0, 3, "v=spf1 mx")]
    [InlineData("\"include:_spf.google.com ~all\"", "no version", 0, 23, "v=spf1 include:_spf.google.com ~all")]
    public void Text_meant_as_SPF_is_recognised_with_why_where_and_the_fix(string rdata, string reason, int start, int end, string fixedText)
    {
        var candidate = One(rdata);
        Assert.Equal(SpfCandidateForm.NotRecognised, candidate.Form);
        var recognition = candidate.Recognition!;
        Assert.Contains(reason, recognition.Reason);
        Assert.Equal((start, end), (recognition.Start, recognition.End));
        Assert.Equal(fixedText, recognition.Fixed);
        Assert.Equal(fixedText, candidate.IntendedText);
        Assert.False(recognition.VersionGlued);
    }

    [Theory]
    [InlineData("\"v=spf2.0/pra -all\"")]
    [InlineData("\"spf2.0/mfrom,pra mx -all\"")]
    [InlineData("\"v=spf10 mx\"")]
    [InlineData("\"v=DMARC1; p=reject\"")]
    [InlineData("\"google-site-verification=abc123\"")]
    [InlineData("\"SPF is handled by the provider\"")]
    [InlineData("\"mx\"")]
    [InlineData("hello world")]
    [InlineData("“quoted words”")]
    public void Other_text_is_no_business_of_SPF(string rdata)
    {
        var candidate = One(rdata);
        Assert.Equal(SpfCandidateForm.Other, candidate.Form);
        Assert.False(candidate.IsIntendedSpf);
    }

    [Fact]
    public void Version_glued_to_the_next_string_is_flagged()
    {
        var candidate = One("\"v=spf1\" \"mx -all\"");
        Assert.Equal(SpfCandidateForm.NotRecognised, candidate.Form);
        Assert.True(candidate.Recognition!.VersionGlued);
        Assert.Equal("v=spf1 mx -all", candidate.IntendedText);
    }

    [Fact]
    public void TXT_and_type_99_are_counted_together_but_a_type_99_copy_of_a_TXT_is_a_repeat()
    {
        var set = Set("""
            @ IN TXT "v=spf1 mx -all"
            @ IN SPF "v=spf1 mx -all"
            @ IN SPF "v=spf1 a -all"
            @ IN TXT "v=DMARC1; p=none"
            @ IN TXT v=spf1 include:_spf.google.com ~all
            """);
        Assert.Equal(new[] { false, true, false, false, false }, set.Candidates.Select(c => c.IsRepeat));
        Assert.Equal(new[] { "v=spf1 mx -all", "v=spf1 a -all", "v=spf1 include:_spf.google.com ~all" }, set.Intended.Select(c => c.IntendedText));
        Assert.Equal(new[] { "v=spf1 mx -all" }, set.Selected.Select(c => c.Text.Value));
    }

    [Fact]
    public void An_exact_duplicate_is_a_repeat()
    {
        var set = Set("@ IN TXT \"v=spf1 mx -all\"\n@ IN TXT \"v=spf1 mx -all\"");
        Assert.Equal(new[] { false, true }, set.Candidates.Select(c => c.IsRepeat));
        Assert.Single(set.Intended);
    }

    [Fact]
    public void A_name_with_no_TXT_or_SPF_records_has_no_set()
    {
        var zone = ZoneParser.ParseText("t.zone", "$TTL 3600\n@ IN MX 10 mail\n", new ParseOptions { Origin = DomainName.Parse("example.com.") });
        Assert.Null(SpfRecordSet.From(DomainName.Parse("example.com."), zone.Records));
    }

    [Fact]
    public void Boundaries_are_where_strings_meet()
    {
        var candidate = One("\"v=spf1 \" \"mx\" \" -all\"");
        Assert.Equal(new[] { 7, 9 }, SpfRecordSet.Boundaries(candidate.Text));
    }
}
