using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1003: one character-string over 255 octets (RFC 1035 §3.3).</summary>
public sealed class ZL1003Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void String_of_256_octets_is_reported_on_the_string()
    {
        string text = new('a', 256);
        Verifier.VerifyMessage(Zones.Apex + "www  IN TXT {|ZL1003:\"" + text + "\"|}\n", "ZL1003", "255");
    }

    [Fact]
    public void String_of_255_octets_is_fine()
    {
        Verifier.Verify(Zones.Apex + "www  IN TXT \"" + new string('a', 255) + "\"\n");
    }

    [Fact]
    public void Split_strings_may_be_long_in_all()
    {
        string part = new('a', 200);
        Verifier.Verify(Zones.Apex + "www  IN TXT ( \"" + part + "\"\n    \"" + part + "\" \"" + part + "\" )\n");
    }

    [Fact]
    public void Only_the_long_string_of_several_is_reported()
    {
        Verifier.Verify(Zones.Apex + "www  IN TXT \"short\" {|ZL1003:\"" + new string('b', 300) + "\"|}\n");
    }

    [Fact]
    public void Octets_are_counted_after_escapes_are_decoded()
    {
        // 85 escapes of three digits each decode to 85 octets: 340 characters, well within 255 octets.
        string escaped = string.Concat(System.Linq.Enumerable.Repeat(@"\065", 85));
        Verifier.Verify(Zones.Apex + "www  IN TXT \"" + escaped + "\"\n");
    }

    [Fact]
    public void Non_ASCII_octets_count_in_UTF_8()
    {
        // 128 two-octet characters are 256 octets; ZL1006 reports the pasted text as well.
        string text = new('é', 128);
        Verifier.Verify(Zones.Apex + "www  IN TXT {|ZL1003:\"{|ZL1006:" + text + "|}\"|}\n");
    }

    [Fact]
    public void Long_unquoted_word_is_a_character_string_too()
    {
        Verifier.Verify(Zones.Apex + "www  IN TXT {|ZL1003:" + new string('c', 256) + "|}\n");
    }
}
