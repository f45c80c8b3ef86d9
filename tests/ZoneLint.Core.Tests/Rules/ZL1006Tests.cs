using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1006: characters pasted from a web page or document into a record.</summary>
public sealed class ZL1006Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutMailAuthentication();

    [Fact]
    public void Typographic_quotes_are_reported_each()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL1006:“|}v=spf1 mx ~all{|ZL1006:”|}
            """,
            "ZL1006", "typographic double quote", "straight double quote");
    }

    [Fact]
    public void Typographic_single_quotes()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "it{|ZL1006:’|}s"
            """,
            "ZL1006", "typographic single quote");
    }

    [Fact]
    public void Full_width_space_between_fields()
    {
        Verifier.VerifyMessage(Zones.Apex + "www{|ZL1006:\u3000|}IN A 192.0.2.1\n", "ZL1006", "full-width space", "U+3000");
    }

    [Fact]
    public void Full_width_ASCII()
    {
        Verifier.VerifyMessage(Zones.Apex + "{|ZL1006:ｗｗｗ|}  IN A 192.0.2.1\n", "ZL1006", "full-width character");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\uFEFF")]
    public void Zero_width_characters(string zeroWidth)
    {
        Verifier.VerifyMessage(Zones.Apex + "www{|ZL1006:" + zeroWidth + "|}  IN A 192.0.2.1\n", "ZL1006", "zero-width character");
    }

    [Fact]
    public void No_break_space()
    {
        Verifier.VerifyMessage(Zones.Apex + "www  IN TXT \"a{|ZL1006:\u00A0|}b\"\n", "ZL1006", "no-break space");
    }

    [Fact]
    public void Placeholder_of_non_ASCII_text_is_reported_whole()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 ip4:{|ZL1006:サーバーアドレス|} ~all"
            """,
            "ZL1006", "'サーバーアドレス'", "placeholder");
    }

    [Fact]
    public void Japanese_placeholder_in_a_quoted_string()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 ip4:{|ZL1006:サーバーのIPアドレス|} ~all"
            """,
            "ZL1006", "'サーバーのIPアドレス'", "placeholder");
    }

    [Fact]
    public void Japanese_placeholder_for_an_address_is_not_an_address_either()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN A {|ZL1001:{|ZL1006:サーバーのIPアドレス|}|}
            """);
    }

    [Fact]
    public void One_run_of_non_ASCII_text_is_one_finding()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "{|ZL1006:“”‘’|}"
            """);
    }

    [Fact]
    public void Non_ASCII_text_in_comments_is_fine()
    {
        Verifier.Verify(Zones.Apex + """
            ; サーバーのIPアドレス “quoted” in a comment
            www  IN A 192.0.2.1  ; ｗｗｗ　サーバー
            """);
    }

    [Fact]
    public void Escaped_octets_are_plain_ASCII()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "caf\195\169"
            """);
    }
}
