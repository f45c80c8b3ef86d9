using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3003: split character-strings that glue two terms together.</summary>
public sealed class ZL3003Tests
{
    [Fact]
    public void Sample_shape_glued_term_is_reported_across_the_boundary()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            support IN  TXT     "v=spf1 {|ZL3003:ip4:192.0.2.1" "include:_spf.google.com|} ~all"
            """,
            "ZL3003", "'ip4:192.0.2.1' and 'include:_spf.google.com' are read as one term 'ip4:192.0.2.1include:_spf.google.com'",
            "end the string on line 5 with a space (\"v=spf1 ip4:192.0.2.1 \")");
    }

    [Fact]
    public void Strings_on_two_lines_in_parentheses()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT ( "v=spf1 mx {|ZL3003:a"
                        "ptr|} ~all" )
            """,
            "ZL3003", "'a' and 'ptr'", "'aptr'", "end the string on line 5 with a space (\"v=spf1 mx a \")");
    }

    [Fact]
    public void Glued_terms_that_happen_to_be_valid_syntax_are_reported_too()
    {
        // `include:a.example.cominclude:b.example.com` is a valid domain-spec, but plainly two includes.
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3003:include:a.example.com" "include:b.example.com|} ~all"
            """);
    }

    [Fact]
    public void Three_strings_glued_into_one_term()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3003:a" "mx" "ptr|} ~all"
            """,
            "ZL3003", "'a' and 'mx' and 'ptr'");
    }

    [Fact]
    public void Version_glued_to_the_first_term_is_reported_here_not_as_ZL3016()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "{|ZL3003:v=spf1" "mx|} ~all"
            """,
            "ZL3003", "'v=spf1' and 'mx'", "'v=spf1mx'", "receivers see no SPF record here at all");
    }

    [Fact]
    public void Other_bad_terms_of_the_record_are_still_ZL3001()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3003:a" "mx|} {|ZL3001:inlcude:_spf.google.com|} ~all"
            """);
    }

    [Theory]
    [InlineData("\"v=spf1 include:_spf.goo\" \"gle.com ~all\"")]
    [InlineData("\"v=spf1 ip4:192.0.2.\" \"10 ~all\"")]
    [InlineData("\"v=spf1 ip4:192.0.2.1 \" \"include:_spf.google.com ~all\"")]
    [InlineData("\"v=spf1 ip4:192.0.2.1\" \" include:_spf.google.com ~all\"")]
    [InlineData("\"v=spf1 \" \"mx ~all\"")]
    [InlineData("\"v=spf1 ip4:\" \"192.0.2.5 -all\"")]
    public void Strings_split_inside_a_term_or_at_a_space_are_not_reported(string rdata)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT " + rdata + "\n");
    }
}
