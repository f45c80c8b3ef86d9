namespace ZoneLint.Core.Tests.Rdata;

/// <summary>DNSSEC and key types: DS family, keys, RRSIG, NSEC, NSEC3, CSYNC, ZONEMD, SSHFP, TLSA, IPSECKEY, HIP, CERT.</summary>
public sealed class DnssecRdataTests
{
    private const string Signature =
        "oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTrPYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6oB9wfuh3DTJXUAfI/M0zmO/zz8bW0Rznl8O3tGNazPwQKkRN20XPXV6nwwfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBzeDQfsS3Ap3o=";

    [Theory]
    [InlineData("DS 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", "EC4505012BB183AF5F22588179A53B0A98631FAD1A292118")]
    [InlineData("DS 60485 RSASHA1 SHA-1 2BB183AF5F225881 79A53B0A98631FAD1A292118", "EC4505012BB183AF5F22588179A53B0A98631FAD1A292118")]
    [InlineData("DLV 60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118", "EC4505012BB183AF5F22588179A53B0A98631FAD1A292118")]
    [InlineData("CDS 0 0 0 00", "0000000000")]
    [InlineData("DNSKEY 257 3 8 AwEAAagAIKlVZrpC6Ia7gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjF", "0101030803010001A80020A95566BA42E886BB804CDA84E47EF56DBD7AEC612615552CEC906D2116D0EF207028C5")]
    [InlineData("DNSKEY 257 3 8 AwEAAagAIKlVZrpC6Ia7 gEzahOR+9W29euxhJhVV LOyQbSEW0O8gcCjF", "0101030803010001A80020A95566BA42E886BB804CDA84E47EF56DBD7AEC612615552CEC906D2116D0EF207028C5")]
    [InlineData("CDNSKEY 0 3 0 AA==", "0000030000")]
    [InlineData("DNSKEY ZONE|KSK 3 8 AA==", "0101030800")] // BIND's flag names (dns_keyflags_fromtext)
    [InlineData("DNSKEY flag2|flag4|flag5|ntyp3|flag8|flag9|flag10|flag11|sig15 3 3 AA==", "2FFF030300")] // BIND's master6.data
    [InlineData("KEY NOKEY|USER 3 3", "C0000303")]
    [InlineData("DNSKEY 0x0101 3 8 AA==", "0101030800")] // BIND reads key flags in hexadecimal too
    [InlineData("DNSKEY 0XfF 3 8 AA==", "00FF030800")]
    [InlineData("KEY 49152 3 0", "C0000300")]
    [InlineData("NSEC host.example.com. A MX RRSIG NSEC TYPE1234", "04686F7374076578616D706C6503636F6D000006400100000003041B000000000000000000000000000000000000000000000000000020")]
    [InlineData("NSEC . TYPE0 TYPE256 TYPE512 TYPE32768", "00000180010180020180800180")]
    [InlineData("NSEC3 1 1 12 aabbccdd 2vptu5timamqttgl4luu9kg21e0aor3s A RRSIG", "0101000C04AABBCCDD1417F3DF17B2B2ADAEF615257DE4D2020B80AC6C7C0006400000000002")]
    [InlineData("NSEC3 2 0 0 - CPNMU", "020000000003666F6F")] // an unassigned algorithm: its hash length is unknown
    [InlineData("NSEC3 1 0 0 - 0123456789ABCDEFGHIJKLMNOPQRSTUV", "01000000001400443214C74254B635CF84653A56D7C675BE77DF")]
    [InlineData("NSEC3PARAM 1 0 12 aabbccdd", "0100000C04AABBCCDD")]
    [InlineData("NSEC3PARAM 1 0 0 -", "0100000000")]
    [InlineData("CSYNC 66 3 A NS AAAA", "000000420003000460000008")]
    [InlineData("ZONEMD 2021071219 1 1 c68090d90a7aed716bc459f9340e3d7c1370d4d24b7e2fc3a1ddc0b9a87153b9a9713b3c9ae5cc27777f98b8e730044c", "787719730101C68090D90A7AED716BC459F9340E3D7C1370D4D24B7E2FC3A1DDC0B9A87153B9A9713B3C9AE5CC27777F98B8E730044C")]
    [InlineData("SSHFP 4 2 123456789abcdef67890123456789abcdef67890123456789abcdef123456789", "0402123456789ABCDEF67890123456789ABCDEF67890123456789ABCDEF123456789")]
    [InlineData("TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "0301010123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("SMIMEA 3 0 0 0102", "0300000102")]
    [InlineData("IPSECKEY 10 1 2 192.0.2.38 AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", "0A0102C0000226010351537986ED35533B6064478EEEB27B5BD74DAE149B6E81BA3A0521AF82AB7801")]
    [InlineData("IPSECKEY 10 0 2 . AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", "0A0002010351537986ED35533B6064478EEEB27B5BD74DAE149B6E81BA3A0521AF82AB7801")]
    [InlineData("IPSECKEY 10 3 2 gateway.example.net. AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", "0A03020767617465776179076578616D706C65036E657400010351537986ED35533B6064478EEEB27B5BD74DAE149B6E81BA3A0521AF82AB7801")]
    [InlineData("IPSECKEY 10 2 2 2001:0DB8:0:8002::2000:1 AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==", "0A020220010DB8000080020000000020000001010351537986ED35533B6064478EEEB27B5BD74DAE149B6E81BA3A0521AF82AB7801")]
    [InlineData("IPSECKEY 10 0 0 .", "0A0000")]
    [InlineData("HIP 2 200100107B1A74DF365639CC39F1D578 AwEAAQ== rvs.example.com.", "1002000420010010" + "7B1A74DF365639CC39F1D578" + "03010001" + "03727673076578616D706C6503636F6D00")]
    [InlineData("CERT PGP 0 0 aGVsbG8=", "000300000068656C6C6F")]
    [InlineData("CERT 65535 65535 PRIVATEOID AA==", "FFFFFFFFFE00")]
    [InlineData("DHCID AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=", "000201636FC0B8271C82825BB1AC5C41CF5351AA69B4FEBD94E8F17CDB95000DA48C40")]
    [InlineData("OPENPGPKEY mQENBFVHm5sBCADGOtH0", "99010D0455479B9B010800C63AD1F4")]
    public void Parses(string line, string wire) => Assert.Equal(wire, RdataText.Wire(line));

    [Fact]
    public void ParsesRrsigWithDates() => Assert.Equal(
        "0001080200000E1067748580674BA7003039076578616D706C6503636F6D00A090755BA58D1AFFA576F4375831B4310920E481218D18A9F164EB3D81AFD3B875D3C75428631E0CF2A28D50875F70C329D7DBFAFEA807DC1FBA1DC34C95D401F23F334CE63BFCF3F1B5B44739E5F0EDED18D6B33F040A911376D173D757A9F0C1FA1798941BB0B36B2DF9062790FA7F0166F2737EEA907378341FB12DC0A77A",
        RdataText.Wire($"RRSIG A 8 2 3600 20250101000000 20241201000000 12345 example.com. {Signature}"));

    /// <summary>SIG (RFC 2535) predates the rule that the signer is above the owner: BIND loads this one, and so do we.</summary>
    [Fact]
    public void SigSignerMayHaveMoreLabelsThanTheLabelsField() =>
        Assert.EndsWith("03666F6F076578616D706C650000", RdataText.Wire("SIG A 8 1 3600 0 0 0 foo.example. AA=="));

    [Theory]
    [InlineData("19700101000000", "00000000")]
    [InlineData("1700000000", "6553F100")]
    [InlineData("21060207062815", "FFFFFFFF")]
    [InlineData("21060207062816", "00000000")] // serial arithmetic: 2^32 seconds wrap (RFC 4034 §3.1.5)
    [InlineData("00100227180048", "99A79E50")] // before 1970, as BIND reads it (checkzone crashzone.db)
    public void ReadsSignatureTimes(string time, string wire) =>
        Assert.Equal("0001" + "00" + "00" + "00000000" + wire + "00000000" + "0000" + "00" + "00", RdataText.Wire($"RRSIG A 0 0 0 {time} 0 0 . AA=="));

    [Theory]
    [InlineData("DS 60485 5 1 2BB183AF", 14, "invalid digest in DS: digest type 1 digests are 20 octets (40 hex digits), this one is 4")]
    [InlineData("DS 0 0 0 0", 10, "invalid digest in DS: '0' has an odd number of hex digits")]
    [InlineData("DS 0 0 0 00 0", 10, "has an odd number of hex digits")]
    [InlineData("DS 0 0 0 XX", 10, "is not hexadecimal")]
    [InlineData("DS 0 0 0", 9, "missing digest in DS")]
    [InlineData("DS 0 256 0 00", 6, "invalid algorithm in DS: '256' is over 255")]
    [InlineData("DS 0 RSAXYZ 0 00", 6, "invalid algorithm in DS: 'RSAXYZ' is not a number or a known mnemonic")]
    [InlineData("DNSKEY 256 3 8", 15, "missing public key in DNSKEY")]
    [InlineData("DNSKEY 256 3 8 A", 16, "its length is not a multiple of 4")]
    [InlineData("DNSKEY 256 3 8 A===", 16, "'=' padding may only end it")]
    [InlineData("DNSKEY 256 3 8 ====", 16, "'=' padding may only end it")]
    [InlineData("DNSKEY 256 3 8 AA*=", 16, "'*' is not a base64 character")]
    [InlineData("SSHFP 1 1 00", 11, "fingerprint type 1 fingerprints are 20 octets")]
    [InlineData("NSEC3 1 0 0 - CPNMU", 15, "invalid next hashed owner name in NSEC3: a SHA-1 hash is 20 octets, this one is 3")]
    [InlineData("ZONEMD 1 1 1 00", 14, "hash algorithm 1 digests are 48 octets")]
    [InlineData("RRSIG X 0 0 0 0 0 0 . AA==", 7, "invalid type covered in RRSIG: 'X' is not a type mnemonic or TYPEnnn")]
    [InlineData("RRSIG A 0 0 0 9294967296 0 0 . AA==", 15, "invalid signature expiration in RRSIG: '9294967296' is over 4294967295")]
    [InlineData("RRSIG A 0 0 0 0 222601010000000 0 . AA==", 17, "a date has 14 digits")]
    [InlineData("RRSIG A 0 0 0 0 2226010100000x 0 . AA==", 17, "is not a time")]
    [InlineData("RRSIG A 0 0 0 0 20250230000000 0 . AA==", 17, "has day 30, which month 2 does not have")]
    [InlineData("RRSIG A 0 0 0 0 0 0 .", 22, "missing signature in RRSIG")]
    [InlineData("RRSIG A 8 1 3600 0 0 0 foo.example. AA==", 24, "invalid signer's name in RRSIG: foo.example. has 2 labels, more than the 1 of the Labels field")]
    [InlineData("DNSKEY ZONE|BOGUS 3 8 AA==", 8, "invalid flags in DNSKEY: 'BOGUS' is not a number or a key flag name")]
    [InlineData("DNSKEY ZONE||KSK 3 8 AA==", 8, "invalid flags in DNSKEY: 'ZONE||KSK' has an empty name between its '|'")]
    [InlineData("DNSKEY 0x10000 3 8 AA==", 8, "invalid flags in DNSKEY: '0x10000' is over 0xFFFF")]
    [InlineData("RKEY 256 3 8 AA==", 6, "invalid flags in RKEY: 256: RKEY defines no flag, so the field must be 0")]
    [InlineData("DNSKEY 0x1g 3 8 AA==", 8, "invalid flags in DNSKEY: '0x1g' is not a hexadecimal number")]
    [InlineData("DNSKEY 0x 3 8 AA==", 8, "invalid flags in DNSKEY: '0x' is not a number")]
    [InlineData("NSEC . X", 8, "invalid type bitmap in NSEC: 'X' is not a type mnemonic or TYPEnnn")]
    [InlineData("NSEC . TYPE65536", 8, "is not a type mnemonic")]
    [InlineData("NSEC3 0 0 0 - 00======", 15, "has '=' padding, which NSEC3 presentation does not use (RFC 5155 §3.3)")]
    [InlineData("NSEC3 0 0 0 - 123", 15, "has a length that base32 cannot have")]
    [InlineData("NSEC3 0 0 0 - CPNMUOJW", 15, "'W' is not a base32hex character")]
    [InlineData("NSEC3 0 0 0 0 CPNMUOJ1", 13, "invalid salt in NSEC3: '0' has an odd number of hex digits (write '-' for no salt)")]
    [InlineData("NSEC3 0 0 65536 - CPNMUOJ1", 11, "invalid iterations in NSEC3: '65536' is over 65535")]
    [InlineData("NSEC3PARAM 0 0 0 00 00", 21, "trailing text after the RDATA of NSEC3PARAM: '00'")]
    [InlineData("CSYNC 0 65536", 9, "invalid flags in CSYNC: '65536' is over 65535")]
    [InlineData("IPSECKEY 0 4 0 .", 12, "invalid gateway type in IPSECKEY: 4 is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (domain name)")]
    [InlineData("IPSECKEY 0 0 0 . AA==", 18, "algorithm 0 means there is no key (RFC 4025 §2.4)")]
    [InlineData("IPSECKEY 0 1 0 ::1", 16, "invalid gateway in IPSECKEY")]
    [InlineData("IPSECKEY 0 0 0 a.", 16, "type 0 has no gateway; write '.'")]
    [InlineData("CERT X 0 0 AA==", 6, "invalid certificate type in CERT: 'X' is not a number or a known mnemonic")]
    [InlineData("HIP 2 0 AA==", 7, "invalid HIT in HIP: '0' has an odd number of hex digits")]
    public void Rejects(string line, int column, string message) => RdataText.AssertError(line, column, message);
}
