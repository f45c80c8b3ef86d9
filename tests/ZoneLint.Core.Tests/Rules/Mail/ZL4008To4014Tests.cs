using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4008: a DKIM key of an unknown type.</summary>
public sealed class ZL4008Tests
{
    [Fact]
    public void An_unknown_key_type_is_reported_on_its_tag()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; {|ZL4008:k=dsa|}; p={{Ed25519}}"
            """,
            "ZL4008", "'dsa' is no DKIM key type", "k=rsa or k=ed25519");
    }
}

/// <summary>ZL4009: h= without sha256.</summary>
public sealed class ZL4009Tests
{
    [Fact]
    public void A_key_for_sha1_only_gets_a_warning()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; {|ZL4009:h=sha1|}; k=ed25519; p={{Ed25519}}"
            """,
            "ZL4009", "RFC 8301 §3.1");
    }

    [Fact]
    public void A_list_with_sha256_is_quiet()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; h=sha1:sha256; k=ed25519; p={{Ed25519}}"
            """);
    }
}

/// <summary>ZL4010 and ZL4011: RSA keys under 1024 and under 2048 bits (RFC 8301 §3.2).</summary>
public sealed class ZL4010Tests
{
    [Fact]
    public void A_512_bit_key_is_an_error_on_the_key()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=rsa; p={|ZL4010:{{Rsa512}}|}"
            """,
            "ZL4010", "has 512 bits", "RFC 8301 §3.2");
    }

    [Fact]
    public void A_1024_bit_key_is_a_warning_and_a_2048_bit_key_split_in_two_strings_is_quiet()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=rsa; p={|ZL4011:{{Rsa1024}}|}"
            s2._domainkey  IN TXT ( "v=DKIM1; k=rsa; p=" {{Rsa2048Strings}} )
            """,
            "ZL4011", "has 1024 bits", "at least 2048 bits");
    }

    [Fact]
    public void A_key_across_strings_is_reported_over_all_its_parts()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey  IN TXT ( "v=DKIM1; p={|ZL4011:{{Rsa1024.Substring(0, 100)}}"
                                    "{{Rsa1024.Substring(100)}}|}" )
            """);
    }
}

/// <summary>ZL4012: t=y, testing mode.</summary>
public sealed class ZL4012Tests
{
    [Fact]
    public void Testing_mode_gets_a_warning_and_other_flags_do_not()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; {|ZL4012:t=s:y|}; k=ed25519; p={{Ed25519}}"
            s2._domainkey  IN TXT "v=DKIM1; t=s; k=ed25519; p={{Ed25519}}"
            """,
            "ZL4012", "t=s:y says example.com. is testing DKIM");
    }
}

/// <summary>ZL4013: an empty p=, a revoked key.</summary>
public sealed class ZL4013Tests
{
    [Fact]
    public void A_revoked_key_is_a_note()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            old._domainkey  IN TXT "v=DKIM1; k=rsa; {|ZL4013:p=|}"
            """,
            "ZL4013", "the key of selector old._domainkey.example.com. is revoked");
    }
}

/// <summary>ZL4014: white space or a quote inside the base64 of p=.</summary>
public sealed class ZL4014Tests
{
    [Fact]
    public void A_space_where_two_strings_meet_is_reported_on_the_space()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT ( "v=DKIM1; k=rsa; p={{Rsa2048.Substring(0, 200)}}{|ZL4014: |}"
                                    "{{Rsa2048.Substring(200)}}" )
            """,
            "ZL4014", "white space where two character-strings meet", "verifiers in use fail to decode such a key");
    }

    [Fact]
    public void A_quote_inside_the_key_is_reported_and_the_key_not_decoded_further()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=rsa; p={{Rsa1024.Substring(0, 100)}}{|ZL4014:\" \"|}{{Rsa1024.Substring(100)}}"
            """,
            "ZL4014", "a quote inside the key", "no verifier can decode the key");
    }
}
