using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1001: an entry the master-file grammar cannot read. The parser reports it and goes on.</summary>
public sealed class ZL1001Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutMailAuthentication();

    [Fact]
    public void Unknown_type_is_reported_on_the_type()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  IN {|ZL1001:AA|} 192.0.2.1
            """,
            "ZL1001", "unknown type 'AA'", "TYPEnnn");
    }

    [Fact]
    public void Unknown_class_lands_where_the_type_belongs()
    {
        Verifier.Verify(Zones.Apex + """
            www  {|ZL1001:XX|} A 192.0.2.1
            """);
    }

    [Fact]
    public void Second_TTL_is_explained()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  300 IN {|ZL1001:600|} A 192.0.2.1
            """,
            "ZL1001", "at most one TTL");
    }

    [Fact]
    public void Class_other_than_the_zone_class_is_reported_on_the_class()
    {
        Verifier.Verify(Zones.Apex + """
            www  {|ZL1001:CH|} TXT "hello"
            """);
    }

    [Fact]
    public void Meta_type_cannot_appear_in_a_zone()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN {|ZL1001:ANY|} 192.0.2.1
            """);
    }

    [Fact]
    public void Closing_parenthesis_without_opening_one()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  IN A 192.0.2.1 {|ZL1001:)|}
            """,
            "ZL1001", "unbalanced parenthesis");
    }

    [Fact]
    public void Parenthesis_never_closed_is_reported_where_it_opens()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT {|ZL1001:(|} "one"
                        "two"
            """);
    }

    [Fact]
    public void Nested_parenthesis_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT ( "one" {|ZL1001:(|} "two" ) )
            """);
    }

    [Fact]
    public void Unterminated_quote_is_reported_to_the_end_of_the_line_and_the_next_line_is_read()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  IN TXT {|ZL1001:"v=spf1 mx ~all|}
            www  IN TXT "v=spf1 mx ~all"
            {|ZL2008:www  IN TXT "v=spf1 mx ~all"|}
            """,
            "ZL1001", "unterminated quoted string");
    }

    [Fact]
    public void Unterminated_quote_drops_the_whole_entry()
    {
        // Only the syntax and duplicate rules: the record left, "v=spf1" alone, is also ZL3010.
        Verifier.Only("ZL1001", "ZL2008").Verify(Zones.Apex + """
            www  IN TXT "v=spf1" {|ZL1001:"mx ~all|}
            www  IN TXT "v=spf1"
            """);
    }

    [Fact]
    public void Unterminated_quote_inside_parentheses_is_one_mistake()
    {
        Verifier.Verify(Zones.Apex + """
            txt  IN TXT ( {|ZL1001:"abc|}
                          "def" )
            www  IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Owner_label_over_63_octets()
    {
        string label = new('a', 64);
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1001:" + label + "|}  IN A 192.0.2.1\n",
            "ZL1001", "over 63 octets");
    }

    [Fact]
    public void Owner_label_of_63_octets_is_fine()
    {
        Verifier.Verify(Zones.Apex + new string('a', 63) + "  IN A 192.0.2.1\n");
    }

    [Fact]
    public void Name_over_255_octets_once_the_origin_is_appended()
    {
        string name = string.Join(".", new[] { new string('a', 63), new string('b', 63), new string('c', 63), new string('d', 50) });
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1001:" + name + "|}  IN A 192.0.2.1\n",
            "ZL1001", "over 255 octets");
    }

    [Fact]
    public void Trailing_garbage_after_the_last_field()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN A 192.0.2.1 {|ZL1001:extra|}
            """);
    }

    [Theory]
    [InlineData(@"w\999w")]
    [InlineData(@"w\25")]
    [InlineData(@"w\2x5")]
    public void Bad_escape_in_an_owner(string owner)
    {
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1001:" + owner + "|}  IN A 192.0.2.1\n", "ZL1001", "escape");
    }

    [Fact]
    public void Empty_label_in_an_owner()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL1001:www..example.com.|}  IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Bad_field_for_its_type_is_reported_on_the_field()
    {
        Verifier.Verify(Zones.Apex + """
            www   IN A  {|ZL1001:192.0.2.300|}
            @     IN MX {|ZL1001:ten|} mail
            mail  IN A  192.0.2.25
            """);
    }

    [Fact]
    public void Missing_RDATA_is_reported_just_after_the_type()
    {
        Verifier.Verify(Zones.Apex + "www  IN A{|ZL1001:|}\n");
    }

    [Fact]
    public void Unknown_directive()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            {|ZL1001:$ORIGINS|} example.org.
            """,
            "ZL1001", "unknown directive '$ORIGINS'");
    }

    [Fact]
    public void Directive_with_too_many_arguments_is_reported_on_the_extra_ones()
    {
        Verifier.Verify(Zones.Apex + """
            $ORIGIN example.com. {|ZL1001:extra words|}
            """);
    }

    [Fact]
    public void First_record_with_no_owner_to_inherit()
    {
        Verifier.VerifyMessage("""
                 {|ZL1001:IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            """,
            "ZL1001", "no owner to inherit");
    }

    [Fact]
    public void Quoted_owner()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL1001:"www"|}  IN A 192.0.2.1
            """);
    }
}
