namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>
/// Reads the decoded p= of a DKIM key record far enough to tell its type and size: an RSA key as DER
/// SubjectPublicKeyInfo (RFC 5280 §4.1.2.7, what `openssl rsa -pubout` writes and verifiers read) or a bare PKCS#1
/// RSAPublicKey (RFC 8017 §A.1.1, which RFC 6376 §3.6.1 names), or an Ed25519 key of 32 octets (RFC 8463 §4.2).
/// A small DER reader of our own: netstandard2.0 has no public-key parser, and only the modulus length is needed.
/// Every read is bounded by the octets given, so any input ends in a result, never an exception.
/// </summary>
internal static class DkimPublicKey
{
    // 1.2.840.113549.1.1.1 (rsaEncryption) and 1.3.101.112 (id-Ed25519), as DER OBJECT IDENTIFIER contents.
    private static readonly byte[] RsaEncryption = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01 };
    private static readonly byte[] IdEd25519 = { 0x2B, 0x65, 0x70 };

    private const byte Sequence = 0x30, Integer = 0x02, BitString = 0x03, ObjectIdentifier = 0x06;

    public const int Ed25519KeyLength = 32;

    /// <summary>The RSA modulus length in bits, or null with <paramref name="error"/> saying why the octets are no RSA public key.</summary>
    public static int? RsaModulusBits(byte[] der, out string? error)
    {
        error = null;
        int pos = 0;
        if (!Read(der, ref pos, der.Length, Sequence, out int start, out int length) || start + length != der.Length)
        {
            error = "they are not one DER SEQUENCE";
            return null;
        }
        int end = start + length;
        if (start < end && der[start] == Integer) return RsaPublicKey(der, start, end, out error);
        pos = start;
        if (!Read(der, ref pos, end, Sequence, out int algStart, out int algLength)
            || !Read(der, ref algStart, algStart + algLength, ObjectIdentifier, out int oidStart, out int oidLength))
        {
            error = "they are neither a SubjectPublicKeyInfo nor an RSAPublicKey";
            return null;
        }
        if (Matches(der, oidStart, oidLength, IdEd25519))
        {
            error = "they are an Ed25519 key in SubjectPublicKeyInfo form; for Ed25519 write k=ed25519 and publish only the 32-octet key (RFC 8463 §4.2)";
            return null;
        }
        if (!Matches(der, oidStart, oidLength, RsaEncryption))
        {
            error = "they are a SubjectPublicKeyInfo of another algorithm than RSA";
            return null;
        }
        if (!Read(der, ref pos, end, BitString, out int bitsStart, out int bitsLength) || bitsLength < 1 || der[bitsStart] != 0 || bitsStart + bitsLength != end)
        {
            error = "the SubjectPublicKeyInfo holds no key BIT STRING";
            return null;
        }
        int keyPos = bitsStart + 1;
        if (!Read(der, ref keyPos, end, Sequence, out int keyStart, out int keyLength) || keyStart + keyLength != end)
        {
            error = "the key in the SubjectPublicKeyInfo is not an RSAPublicKey";
            return null;
        }
        return RsaPublicKey(der, keyStart, keyStart + keyLength, out error);
    }

    /// <summary>Ed25519 key octets in SubjectPublicKeyInfo form: the 12-octet DER prefix and the 32-octet key.</summary>
    public static bool IsEd25519Spki(byte[] der)
    {
        int pos = 0;
        return der.Length == 44 && Read(der, ref pos, der.Length, Sequence, out int start, out _)
            && Read(der, ref start, der.Length, Sequence, out int alg, out int algLength)
            && Read(der, ref alg, alg + algLength, ObjectIdentifier, out int oid, out int oidLength)
            && Matches(der, oid, oidLength, IdEd25519);
    }

    /// <summary>RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (contents from start to end).</summary>
    private static int? RsaPublicKey(byte[] der, int start, int end, out string? error)
    {
        error = null;
        int pos = start;
        if (!Read(der, ref pos, end, Integer, out int modulus, out int modulusLength) || !Read(der, ref pos, end, Integer, out _, out int exponentLength)
            || pos != end || exponentLength == 0)
        {
            error = "the RSAPublicKey is not a modulus and an exponent";
            return null;
        }
        while (modulusLength > 0 && der[modulus] == 0)
        {
            modulus++;
            modulusLength--;
        }
        if (modulusLength == 0)
        {
            error = "the RSA modulus is zero";
            return null;
        }
        int bits = (modulusLength - 1) * 8;
        for (int top = der[modulus]; top != 0; top >>= 1) bits++;
        return bits;
    }

    /// <summary>Reads one DER TLV of the expected tag at <paramref name="pos"/>, not past <paramref name="limit"/>; moves past it.</summary>
    private static bool Read(byte[] der, ref int pos, int limit, byte tag, out int start, out int length)
    {
        start = length = 0;
        if (pos + 2 > limit || der[pos] != tag) return false;
        int at = pos + 1;
        int first = der[at++];
        if (first < 0x80) length = first;
        else
        {
            int count = first & 0x7F;
            if (count == 0 || count > 3 || at + count > limit) return false; // indefinite or absurd lengths
            for (int i = 0; i < count; i++) length = (length << 8) | der[at++];
        }
        if (length > limit - at) return false;
        start = at;
        pos = at + length;
        return true;
    }

    private static bool Matches(byte[] der, int start, int length, byte[] expected)
    {
        if (length != expected.Length) return false;
        for (int i = 0; i < length; i++)
        {
            if (der[start + i] != expected[i]) return false;
        }
        return true;
    }
}
