using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4007: a DKIM key record verifiers cannot use (RFC 6376 §3.6.1, RFC 8463).</summary>
public sealed class ZL4007Tests
{
    [Fact]
    public void Valid_keys_are_quiet()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey      IN TXT ( "v=DKIM1; k=rsa; h=sha256; s=email; p=" {{Rsa2048Strings}} )
            ed._domainkey      IN TXT "v=DKIM1; k=ed25519; p={{Ed25519}}"
            s2.mail._domainkey IN TXT "p={{Rsa2048.Substring(0, 200)}}" "{{Rsa2048.Substring(200)}}; n=notes"
            """);
    }

    [Fact]
    public void A_key_record_without_p_is_reported_on_its_text()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            s1._domainkey  IN TXT "{|ZL4007:v=DKIM1; k=rsa|}"
            """,
            "ZL4007", "no p= tag");
    }

    [Fact]
    public void The_version_must_be_first_and_DKIM1()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v={|ZL4007:DKIM2|}; p={{Ed25519}}; k=ed25519"
            s2._domainkey  IN TXT "k=ed25519; {|ZL4007:v=DKIM1|}; p={{Ed25519}}"
            """);
    }

    [Fact]
    public void A_character_that_is_not_base64_is_reported_where_it_stands()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            s1._domainkey  IN TXT "v=DKIM1; p=MIGfMA0GCSq{|ZL4007:*|}Gb3DQEBAQUAA4GNADCBiQ"
            """,
            "ZL4007", "'*', which is not a base64 character");
    }

    [Fact]
    public void A_key_cut_short_is_no_whole_base64_text()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; p={|ZL4007:{{Rsa1024.Substring(0, 101)}}|}"
            """,
            "ZL4007", "101 base64 characters", "part of the key is missing");
    }

    [Fact]
    public void Octets_that_are_no_RSA_key_are_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=rsa; p={|ZL4007:{{Ed25519}}|}"
            """,
            "ZL4007", "p= decodes to 32 octets that are not an RSA public key");
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; p={|ZL4007:{{Ed25519Spki}}|}"
            """,
            "ZL4007", "an Ed25519 key in SubjectPublicKeyInfo form; for Ed25519 write k=ed25519");
    }

    [Fact]
    public void An_Ed25519_key_is_32_octets_not_its_SubjectPublicKeyInfo()
    {
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=ed25519; p={|ZL4007:{{Ed25519Spki}}|}"
            """,
            "ZL4007", "SubjectPublicKeyInfo form (44 octets)", "RFC 8463 §4.2");
        Verifier.VerifyMessage(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=ed25519; p={|ZL4007:{{Rsa512}}|}"
            """,
            "ZL4007", "decodes to 94 octets, but an Ed25519 key is 32");
    }

    [Fact]
    public void A_bare_PKCS1_key_is_read_too()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; p={|ZL4011:{{Rsa1024Pkcs1}}|}"
            """);
    }

    [Fact]
    public void Tag_syntax_errors_are_reported()
    {
        Verifier.Verify(Zones.Apex + $$"""
            s1._domainkey  IN TXT "v=DKIM1; k=ed25519; {|ZL4007:k|}=ed25519; {|ZL4007:p|}; p={{Ed25519}}; {|ZL4007:1x=|}y"
            """);
    }

    [Fact]
    public void ADSP_records_are_no_keys()
    {
        Verifier.Verify(Zones.Apex + """
            _adsp._domainkey  IN TXT "dkim=all"
            """);
    }
}
