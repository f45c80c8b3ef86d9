using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2001: an owner written as a full name without its trailing dot, so the origin is appended twice.</summary>
public sealed class ZL2001Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutMailAuthentication();

    [Fact]
    public void Apex_written_without_dot_is_reported_on_the_owner()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            {|ZL2001:example.com|}  IN TXT "v=spf1 mx ~all"
            """,
            "ZL2001", "'example.com'", "published at example.com.example.com.", "write '@' or 'example.com.'");
    }

    [Fact]
    public void Host_name_without_dot_suggests_the_relative_form()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            {|ZL2001:www.example.com|}  IN A 192.0.2.1
            """,
            "ZL2001", "www.example.com.example.com.", "'www' or 'www.example.com.'");
    }

    [Fact]
    public void Case_of_the_repeated_origin_does_not_matter()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL2001:WWW.Example.COM|}  IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Inherited_owner_is_reported_once_where_it_is_written()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL2001:example.com|}  IN MX 10 mail
                         IN TXT "v=spf1 mx ~all"
            mail         IN A 192.0.2.25
            """);
    }

    [Theory]
    [InlineData("www")]
    [InlineData("mail.eu")]
    [InlineData("@")]
    [InlineData("example.com.")]
    [InlineData("www.example.com.")]
    [InlineData("example")]
    [InlineData("com")]
    [InlineData("www.example.net")]
    public void Correct_or_unrelated_owner_is_not_reported(string owner)
    {
        Verifier.Verify(Zones.Apex + owner + "  IN TXT \"hello\"\n");
    }

    [Fact]
    public void Name_under_a_sub_origin_is_not_reported()
    {
        Verifier.Verify(Zones.Apex + """
            $ORIGIN eu.example.com.
            www       IN A 192.0.2.1
            mail.lon  IN A 192.0.2.2
            @         IN A 192.0.2.3
            """);
    }

    [Fact]
    public void Sub_origin_repeated_is_reported_with_the_relative_fix()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            $ORIGIN eu.example.com.
            {|ZL2001:www.eu.example.com|}  IN A 192.0.2.1
            """,
            "ZL2001", "www.eu.example.com.eu.example.com.", "'www' or 'www.eu.example.com.'");
    }

    [Fact]
    public void Apex_repeated_under_a_sub_origin_is_reported_with_the_absolute_fix()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            $ORIGIN eu.example.com.
            {|ZL2001:www.example.com|}  IN A 192.0.2.1
            """,
            "ZL2001", "www.example.com.eu.example.com.", "write 'www.example.com.'");
    }

    [Fact]
    public void Root_origin_has_nothing_to_repeat()
    {
        RuleVerifier.Core(o => o.Parse.Origin = DomainName.Root).Only("ZL2001").Verify("""
            example.com  IN A 192.0.2.1
            www.example.com  IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Origin_set_by_the_first_ORIGIN_is_the_apex()
    {
        RuleVerifier.Core(o => o.Parse.Origin = DomainName.Root).Only("ZL2001").Verify("""
            $ORIGIN example.org.
            {|ZL2001:example.org|}  IN A 192.0.2.1
            www  IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Generated_owner_is_reported_once_for_the_template()
    {
        Verifier.Verify(Zones.Apex + """
            $GENERATE 1-3 {|ZL2001:host$.example.com|} A 192.0.2.$
            """);
    }
}
