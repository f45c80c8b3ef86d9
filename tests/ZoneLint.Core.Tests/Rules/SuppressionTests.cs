using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>`; zonelint-disable-next-line [IDs]` and `; zonelint-disable-file [IDs]`, and that they silence no more.</summary>
public sealed class SuppressionTests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Next_line_with_an_ID_silences_that_rule_on_the_next_record_only()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2005
            www  3600 IN A 192.0.2.2
            www  {|ZL2005:900|}  IN A 192.0.2.3
            """);
    }

    [Fact]
    public void Next_line_skips_blank_and_comment_lines()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2005

            ; the new address is temporary
            www  3600 IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Next_line_with_another_ID_silences_nothing_here()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2008
            www  {|ZL2005:3600|} IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Next_line_with_an_ID_leaves_other_rules_on_that_line()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2005
            www  {|ZL2003:30|}   IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Next_line_without_IDs_silences_every_rule_on_that_line()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line
            www  30   IN A 192.0.2.2
            www  {|ZL2005:{|ZL2003:40|}|}   IN A 192.0.2.3
            """);
    }

    [Fact]
    public void Several_IDs_with_commas_and_a_trailing_reason()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2005, zl2003 -- a test host, short-lived on purpose
            www  30   IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Syntax_errors_can_be_silenced_too()
    {
        Verifier.Verify(Zones.Apex + """
            ; zonelint-disable-next-line ZL1006
            www  IN TXT "café"
            ftp  IN TXT "caf{|ZL1006:é|}"
            """);
    }

    [Fact]
    public void File_with_an_ID_silences_that_rule_everywhere_in_the_file()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN A 192.0.2.1
            www  IN A 192.0.2.1
            ; zonelint-disable-file ZL2008
            ftp  IN A 192.0.2.2
            ftp  IN A 192.0.2.2
            ftp  {|ZL2005:300|} IN A 192.0.2.2
            """);
    }

    [Fact]
    public void File_without_IDs_silences_every_rule()
    {
        Verifier.Verify(Zones.Apex + """
            ; zonelint-disable-file
            www  IN A 192.0.2.1
            www  IN A 192.0.2.1
            example.com  30 IN BOGUS x
            """);
    }

    [Fact]
    public void Directive_names_are_case_insensitive()
    {
        Verifier.Verify(Zones.Apex + """
            ; ZoneLint-Disable-File zl2008
            www  IN A 192.0.2.1
            www  IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Directive_inside_a_quoted_string_is_not_a_comment()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT "; zonelint-disable-file"
            www  IN A 192.0.2.1
            {|ZL2008:www  IN A 192.0.2.1|}
            """);
    }

    [Fact]
    public void Next_line_at_the_end_of_a_record_line_applies_to_the_following_line()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1   ; zonelint-disable-next-line ZL2005
            www  3600 IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Next_line_covers_every_line_of_a_multi_line_record()
    {
        Verifier.Verify("""
            $TTL 3600
            ; zonelint-disable-next-line ZL2002
            @  IN SOA ( ns1.example.com
                        hostmaster.example.com
                        1 7200 3600 1209600 300 )
            @  IN NS  ns1
            ns1  IN A 192.0.2.53
            """);
    }

    [Theory]
    [InlineData("; zonelint-disable-filex ZL2008")]
    [InlineData("; zonelint-disable-file-please")]
    [InlineData("; zonelint-disable-next-lines ZL2008")]
    public void Misspelled_directive_silences_nothing(string comment)
    {
        Verifier.Verify(Zones.Apex + "www  IN A 192.0.2.1\n" + comment + "\n{|ZL2008:www  IN A 192.0.2.1|}\n");
    }

    [Fact]
    public void Unrelated_comment_mentioning_the_directive_silences_nothing()
    {
        Verifier.Verify(Zones.Apex + """
            ; do not use zonelint-disable-file here
            www  IN A 192.0.2.1
            {|ZL2008:www  IN A 192.0.2.1|}
            """);
    }
}
