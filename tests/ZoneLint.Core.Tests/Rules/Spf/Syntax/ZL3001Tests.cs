using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3001: SPF syntax that yields permerror, one finding per bad term, at the term.</summary>
public sealed class ZL3001Tests
{
    [Fact]
    public void Misspelt_mechanism_is_reported_with_a_suggestion()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:inlcude:_spf.google.com|} ~all"
            """,
            "ZL3001", "unknown mechanism 'inlcude'", "did you mean include?", "permerror");
    }

    [Fact]
    public void Every_bad_term_is_reported_at_its_place()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:ip4:192.0.2.1/33|} mx {|ZL3001:a:museum|} {|ZL3001:redirect:_spf.example.net|} ~all"
            """);
    }

    [Theory]
    [InlineData("ip4:192.0.2.1/33", "ip4 prefix length 33 is over 32")]
    [InlineData("ip4:192.0.2", "has 3 of the 4 numbers")]
    [InlineData("ip6:2001:db8::1::2", "'::' may appear once")]
    [InlineData("a:192.0.2.1", "write ip4:192.0.2.1")]
    [InlineData("include:_spf.google.com/24", "include takes no prefix length")]
    [InlineData("exists:%{x}.example.com", "'x' is not a macro letter")]
    [InlineData("-all.", "all takes nothing after it")]
    [InlineData("-redirect=_spf.example.net", "a modifier takes no qualifier")]
    public void Message_says_which_term_and_why(string term, string why)
    {
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT \"v=spf1 mx {|ZL3001:" + term + "|} ~all\"\n", "ZL3001", "'" + term + "'", why);
    }

    [Fact]
    public void Term_split_across_strings_and_lines_is_reported_across_them()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( "v=spf1 mx {|ZL3001:ip4:192.0.2."
                        "300|} ~all" )
            """);
    }

    [Fact]
    public void Second_redirect_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 redirect=_spf.example.net {|ZL3001:redirect=_spf.example.org|}"
            """,
            "ZL3001", "second redirect=", "(the first is 'redirect=_spf.example.net')");
    }

    [Fact]
    public void Control_character_written_as_an_escape_is_reported_on_the_term()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:a:ctrl.example.com\013ptr|} -all"
            """,
            "ZL3001", "control character \\013", "separated by spaces only");
    }

    [Theory]
    [InlineData("include=_spf.google.com", "write include:_spf.google.com")]
    [InlineData("ip4=192.0.2.1", "write ip4:192.0.2.1")]
    [InlineData("redirct=_spf.example.net", "did you mean redirect=?")]
    [InlineData("epx=explain.example.com", "did you mean exp=?")]
    public void Modifier_that_is_plainly_a_typo_is_reported_as_ignored(string term, string hint)
    {
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT \"v=spf1 mx {|ZL3001:" + term + "|} ~all\"\n", "ZL3001", "unknown modifier, which receivers ignore", hint);
    }

    [Fact]
    public void Misspelt_redirect_is_not_also_reported_as_missing_all()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx {|ZL3001:redirct=_spf.example.net|}"
            """);
    }

    [Fact]
    public void Two_records_pasted_into_one_string()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all {|ZL3001:v=spf1|} {|ZL3011:include:_spf.google.com|} {|ZL3011:~all|}"
            """,
            "ZL3001", "were two records pasted into one?");
    }

    [Theory]
    [InlineData("v=spf1 a mx ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com exists:%{i}._spf.example.com -all")]
    [InlineData("v=spf1 a:mail.example.com/24//64 mx//64 ~all exp=explain.%{d}")]
    [InlineData("v=spf1 mx ra=postmaster rp=100 rr=all -all")]
    [InlineData("v=spf1 mx moo.cow-far_out=man:dog/cat -all")]
    [InlineData("V=SPF1 MX -ALL")]
    [InlineData("v=spf1 redirect=_spf.example.net")]
    public void Valid_records_are_not_reported(string text)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT \"" + text + "\"\n");
    }

    [Fact]
    public void Pasted_non_ASCII_text_is_reported_once_by_ZL1006()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 ip4:{|ZL1006:サーバーのIPアドレス|} ~all"
            """);
    }

    [Fact]
    public void Sample_shape_full_width_space_before_all_is_ZL1006_only()
    {
        // db.example.jp: the term reads `include:_spf.google.com<U+3000>~all`, so there is no all either; the one fix is the space.
        Verifier.Verify(Zones.Apex + """
            shop  IN TXT "v=spf1 ip4:203.0.113.25 include:_spf.google.com{|ZL1006:　|}~all"
            """);
    }

    [Fact]
    public void Record_with_the_same_error_as_TXT_and_type_99_is_reported_once()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:inlcude:_spf.google.com|} ~all"
            @  IN {|ZL3013:SPF|} "v=spf1 inlcude:_spf.google.com ~all"
            """);
    }

    [Fact]
    public void Unquoted_record_is_ZL3002_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf1 inlcude:_spf.google.com ~all|}
            """);
    }

    [Fact]
    public void Suppressed_on_the_next_line()
    {
        Verifier.Verify(Zones.Apex + """
            ; zonelint-disable-next-line ZL3001
            @  IN TXT "v=spf1 inlcude:_spf.google.com ~all"
            """);
    }
}
