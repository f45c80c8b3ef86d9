using System;
using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>
/// One TXT record at `&lt;selector&gt;._domainkey.&lt;domain&gt;`, read as a DKIM key record (RFC 6376 §3.6.1): its
/// tags, what makes it invalid, and what the key is (type, RSA modulus length, revoked, testing).
/// </summary>
internal sealed class DkimKeyRecord
{
    private DkimKeyRecord(MailTxt txt, TagList tags)
    {
        Txt = txt;
        Tags = tags;
    }

    public MailTxt Txt { get; }

    public TagList Tags { get; }

    /// <summary>ZL4007: syntax errors, a missing or undecodable p=, a key that is not of the declared type.</summary>
    public List<TagProblem> Errors { get; } = new();

    /// <summary>ZL4014: white space or a quote inside the base64 of p=, where character-strings were glued badly.</summary>
    public List<TagProblem> StrayCharacters { get; } = new();

    /// <summary>k=, or null when absent (the default is rsa).</summary>
    public Tag? KeyTypeTag { get; private set; }

    /// <summary>ZL4008: k= names a key type that is neither rsa nor ed25519.</summary>
    public bool UnknownKeyType { get; private set; }

    /// <summary>p=, or null when absent.</summary>
    public Tag? KeyTag { get; private set; }

    /// <summary>ZL4013: p= is empty, the key is revoked.</summary>
    public bool IsRevoked => KeyTag != null && KeyTag.Value.Length == 0;

    /// <summary>The RSA modulus length, when p= decoded to an RSA key.</summary>
    public int? RsaBits { get; private set; }

    public static DkimKeyRecord Parse(MailTxt txt)
    {
        var record = new DkimKeyRecord(txt, TagList.Parse(txt.Value, ignoreCase: false));
        record.Check();
        return record;
    }

    private void Check()
    {
        Errors.AddRange(Tags.Problems);
        var v = Tags.Find("v");
        if (v != null && !ReferenceEquals(Tags.Tags[0], v))
            Errors.Add(new TagProblem(v.NameStart, v.ValueEnd, "v=DKIM1 must be the first tag when it is given (RFC 6376 §3.6.1); move it to the front or leave it out"));
        else if (v != null && v.Value != "DKIM1")
            Errors.Add(new TagProblem(v.ValueStart, Math.Max(v.ValueEnd, v.EqualsAt + 1),
                $"the version is '{v.Value}', but it must be exactly DKIM1 (RFC 6376 §3.6.1), so verifiers discard the record; write v=DKIM1"));

        KeyTypeTag = Tags.Find("k");
        string keyType = KeyTypeTag?.Value ?? "rsa";
        UnknownKeyType = keyType != "rsa" && keyType != "ed25519";

        KeyTag = Tags.Find("p");
        if (KeyTag == null)
        {
            Errors.Add(new TagProblem(0, Tags.Text.Length, "the key record has no p= tag (RFC 6376 §3.6.1: required), so no signature can be verified with it; add p= and the base64 public key"));
            return;
        }
        if (IsRevoked || UnknownKeyType) return;
        var key = Decode(KeyTag);
        if (key == null) return;
        if (keyType == "ed25519") CheckEd25519(key);
        else
        {
            RsaBits = DkimPublicKey.RsaModulusBits(key, out string? error);
            if (error != null) Errors.Add(KeyProblem($"p= decodes to {key.Length} octets that are not an RSA public key: {error}"));
        }
    }

    private void CheckEd25519(byte[] key)
    {
        if (key.Length == DkimPublicKey.Ed25519KeyLength) return;
        Errors.Add(KeyProblem(DkimPublicKey.IsEd25519Spki(key)
            ? "p= holds the Ed25519 key in SubjectPublicKeyInfo form (44 octets); RFC 8463 §4.2 publishes only the 32-octet key: drop the first 12 octets (base64 'MCowBQYDK2VwAyEA')"
            : $"p= decodes to {key.Length} octets, but an Ed25519 key is 32 (RFC 8463 §4.2)"));
    }

    private TagProblem KeyProblem(string message) => new(KeyTag!.ValueStart, KeyTag.ValueEnd, message);

    /// <summary>
    /// Decodes p= (base64, RFC 6376 §2.10, white space allowed between characters), reporting stray white space and
    /// quotes as ZL4014 and anything else that is no base64 as ZL4007; null when it cannot be decoded.
    /// </summary>
    private byte[]? Decode(Tag p)
    {
        string text = Tags.Text;
        var clean = new System.Text.StringBuilder(p.Value.Length);
        int padding = 0;
        bool stray = false;
        for (int i = p.ValueStart; i < p.ValueEnd; i++)
        {
            char c = text[i];
            if (TagList.IsWhiteSpace(c) || c == '"' || c == '\\')
            {
                int end = i + 1;
                while (end < p.ValueEnd && (TagList.IsWhiteSpace(text[end]) || text[end] == '"' || text[end] == '\\')) end++;
                StrayCharacters.Add(new TagProblem(i, end, StrayMessage(i, end)));
                stray |= text.IndexOfAny(new[] { '"', '\\' }, i, end - i) >= 0;
                i = end - 1;
                continue;
            }
            bool base64 = TagList.IsAlpha(c) || TagList.IsDigit(c) || c == '+' || c == '/';
            if (c == '=' && clean.Length > 0) padding++;
            else if (!base64 || padding > 0)
            {
                Errors.Add(new TagProblem(i, i + 1, c == '='
                    ? "p= has base64 characters after its '=' padding; the key is damaged"
                    : $"p= holds {TagList.Show(c)}, which is not a base64 character (A-Z, a-z, 0-9, +, /); the key cannot be decoded"));
                return null;
            }
            clean.Append(c);
        }
        if (stray) return null;
        if (padding > 2 || clean.Length % 4 != 0)
        {
            Errors.Add(KeyProblem($"p= has {clean.Length - padding} base64 characters{(padding > 0 ? $" and {padding} '='" : "")}, which is no whole base64 text (a multiple of 4 characters with '=' padding); part of the key is missing or left over"));
            return null;
        }
        try
        {
            return Convert.FromBase64String(clean.ToString());
        }
        catch (FormatException)
        {
            // The checks above leave nothing for the decoder to refuse; should it refuse anyway, say so, do not throw.
            Errors.Add(KeyProblem("p= is not valid base64; the key cannot be decoded"));
            return null;
        }
    }

    private string StrayMessage(int start, int end)
    {
        string what = Tags.Text.Substring(start, end - start).Any(c => c == '"' || c == '\\') ? "a quote" : "white space";
        int boundary = Txt.Boundaries.FirstOrDefault(b => b >= start && b <= end);
        string where = boundary > 0
            ? $"where two character-strings meet (the key was split by hand and {what} went into it)"
            : "inside the key";
        string consequence = what == "a quote"
            ? "no verifier can decode the key, so every signature with this selector fails (dkim=permerror)"
            : "RFC 6376 §3.6.1 lets verifiers skip white space in p=, but some verifiers in use fail to decode such a key";
        return $"p= has {what} {where}: {consequence}; join the base64 with nothing between (\"...abc\" \"def...\", no space inside the quotes)";
    }

    /// <summary>The hash algorithms of h=, or null when absent (every algorithm allowed).</summary>
    public IReadOnlyList<string>? HashAlgorithms => Tags.Find("h")?.Value.Split(':').Select(s => s.Trim(' ', '\t')).ToList();

    /// <summary>t= holds the flag y: the domain is testing DKIM (RFC 6376 §3.6.1).</summary>
    public Tag? TestingFlag => Tags.Find("t") is { } t && t.Value.Split(':').Any(f => f.Trim(' ', '\t') == "y") ? t : null;
}
