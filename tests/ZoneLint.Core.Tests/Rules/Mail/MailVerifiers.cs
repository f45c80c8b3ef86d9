using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>The verifier of the mail-authentication rules, and DKIM keys made with OpenSSL for their tests.</summary>
internal static class MailVerifiers
{
    /// <summary>Every rule, over whole zones: a test also catches false alarms of other rules.</summary>
    public static readonly RuleVerifier Verifier = RuleVerifier.Core();

    /// <summary>Every rule, over a run that also holds <paramref name="others"/> (origin, records).</summary>
    public static RuleVerifier WithZones(string markup, params (string Origin, string Body)[] others) =>
        Spf.Lookups.LookupRuleVerifiers.EveryRuleWith(markup, _ => { }, others);

    // openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:N | openssl pkey -pubout -outform DER | base64 -w0
    public const string Rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKZnVg8WByFtZ8FmqdiF1sLQotXfBh6eZcjHBETuv6RviVCiQck4dcHLajjDtwjSKkVdLoXRzM4wCAJnD7B8H4MCAwEAAQ==";

    public const string Rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJSRsCd31D33LMv4zg56c9/D/JUQF7O+IflZ8Tc4IUUCiPb5ngLM/ehxYvau53MZC3X8VMCK8WZi3aRBvFdHQ8Kdq0GkXFHK5YZvS2BnHkDql5JVaT1gMggNumIbZp3by38POMWakDfYOpC6R5XacODx2RtDlyyOmW3hPYdAoq8wIDAQAB";

    /// <summary>392 characters: in a zone file it takes two character-strings (see <see cref="Rsa2048Strings"/>).</summary>
    public const string Rsa2048 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1NAku3SFFw1+7el+zWS1hHCQSlWwopiOQZ3BlImjnyAijDTWsbzZOE/VVFfvZKYsKst0o3jOh2m72bQr5LLymP+qatWeEIk3YPk56Obwvv+KgcC1p0I+0PX1MWNWCDEVXnY9u78sAF3GQqT9hvwK8DPhm8BpM9VAFq9s3EXmVHuMOrU1ykJw6xOcRev1Mz0Si312FJr3zayGlxpbvakKFVZBLj8hjfKehq5zLaq7ZvfpTD460Ql6XKVfejKHt3szw9Ng0wOuHvR/riMZAUqXvOn7d9kHr9yHkJp66rhL6lV8Vaq7784rYtXi9aJvk1LiA1++N+Q38EuSsz4iNFk/tQIDAQAB";

    /// <summary>The 2048-bit key as two quoted strings split at 200 characters, with nothing added between them.</summary>
    public const string Rsa2048Strings = "\"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1NAku3SFFw1+7el+zWS1hHCQSlWwopiOQZ3BlImjnyAijDTWsbzZOE/VVFfvZKYsKst0o3jOh2m72bQr5LLymP+qatWeEIk3YPk56Obwvv+KgcC1p0I+0PX1MWNWCDEVXnY9u78sAF3GQqT9hvwK8DPhm8Bp\" \"M9VAFq9s3EXmVHuMOrU1ykJw6xOcRev1Mz0Si312FJr3zayGlxpbvakKFVZBLj8hjfKehq5zLaq7ZvfpTD460Ql6XKVfejKHt3szw9Ng0wOuHvR/riMZAUqXvOn7d9kHr9yHkJp66rhL6lV8Vaq7784rYtXi9aJvk1LiA1++N+Q38EuSsz4iNFk/tQIDAQAB\"";

    // openssl rsa -RSAPublicKey_out -outform DER (PKCS#1, the form RFC 6376 §3.6.1 names)
    public const string Rsa1024Pkcs1 = "MIGJAoGBAMlJGwJ3fUPfcsy/jODnpz38P8lRAXs74h+VnxNzghRQKI9vmeAsz96HFi9q7ncxkLdfxUwIrxZmLdpEG8V0dDwp2rQaRcUcrlhm9LYGceQOqXklVpPWAyCA26YhtmndvLfw84xZqQN9g6kLpHldpw4PHZG0OXLI6ZbeE9h0CirzAgMBAAE=";

    // openssl genpkey -algorithm ed25519 | openssl pkey -pubout -outform DER: the SubjectPublicKeyInfo, and its last 32 octets
    public const string Ed25519Spki = "MCowBQYDK2VwAyEAYavG/rlvFRfEOd1TR4SXsgLia20Gex27ChS+Xp5jszY=";

    public const string Ed25519 = "YavG/rlvFRfEOd1TR4SXsgLia20Gex27ChS+Xp5jszY=";
}
