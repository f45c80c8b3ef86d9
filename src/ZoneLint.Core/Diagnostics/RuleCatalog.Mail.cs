namespace ZoneLint.Core.Diagnostics;

public static partial class RuleCatalog
{
    public static readonly RuleDescriptor DmarcSyntax = new(
        RuleIds.DmarcSyntax, "DMARC record invalid", Error, RuleCategory.MailAuthentication,
        "A TXT record at `_dmarc.<domain>` that is meant as DMARC but is not a valid DMARC record (RFC 7489 §6.3-6.4): it does not start with exactly `v=DMARC1`, `p=` is missing or not the next tag, a tag is not `name=value` or is given twice, a value is not one the tag takes (p/sp none, quarantine or reject; adkim/aspf r or s; pct 0 to 100; fo 0, 1, d, s separated by ':'; rf afrf; ri a number of seconds), or a rua/ruf entry is not a URI (an address without `mailto:`).",
        "Receivers discard a record that does not start with `v=DMARC1` (RFC 7489 §6.6.3) and apply no policy where `p=` is missing or invalid, so the domain has no DMARC at all: Gmail's and Yahoo's bulk-sender rules then reject or junk its mail, and a bad report address means no reports arrive.",
        "Start with `v=DMARC1; p=none` (or quarantine, reject), then the other tags, each `name=value` and separated by `;`; write report addresses as `mailto:` URIs. Keep the whole text in double quotes: in a zone file an unquoted `;` starts a comment.",
        "_dmarc  IN TXT \"v=DMARC1; rua=dmarc@example.com; p=reject\"",
        "_dmarc  IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@example.com\"");

    public static readonly RuleDescriptor DmarcUnknownTag = new(
        RuleIds.DmarcUnknownTag, "Unknown tag in a DMARC record", Warning, RuleCategory.MailAuthentication,
        "A DMARC record has a tag that DMARC does not define (RFC 7489 §6.3 and DMARCbis: v, p, sp, np, psd, t, rua, ruf, adkim, aspf, ri, fo, rf, pct), usually a typo (`ruf` written `rfu`, `pct` written `pc`) or a DKIM or SPF tag pasted into the record.",
        "Receivers ignore unknown tags (RFC 7489 §6.3), so the setting the tag was meant to make is not made.",
        "Correct the tag's name, or remove the tag.",
        "_dmarc  IN TXT \"v=DMARC1; p=quarantine; rau=mailto:dmarc@example.com\"",
        "_dmarc  IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com\"");

    public static readonly RuleDescriptor DmarcMultipleRecords = new(
        RuleIds.DmarcMultipleRecords, "More than one DMARC record at a name", Error, RuleCategory.MailAuthentication,
        "`_dmarc.<domain>` has two or more TXT records that start with `v=DMARC1`, often an old policy left beside a new one, or one record added by each provider.",
        "RFC 7489 §6.6.3: when more than one DMARC record remains, receivers apply no DMARC policy to the domain at all.",
        "Keep one record; merge the report addresses of the others into its rua= and ruf=, separated by commas.",
        "_dmarc  IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@example.com\"\n_dmarc  IN TXT \"v=DMARC1; p=reject; rua=mailto:reports@dmarc.example.net\"",
        "_dmarc  IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:reports@dmarc.example.net\"");

    public static readonly RuleDescriptor DmarcAtCname = new(
        RuleIds.DmarcAtCname, "DMARC record delegated by a CNAME", Warning, RuleCategory.MailAuthentication,
        "`_dmarc.<domain>` is a CNAME, usually to a DMARC service's name, and the zones of the run do not show that the target publishes a valid DMARC record.",
        "Receivers follow the CNAME (RFC 7489 §6.6.3 looks up TXT at the name), so the domain's policy is whatever the target publishes: none at all when the target has no record, or one the domain's owners no longer control when the service account is closed.",
        "Make sure the target publishes a `v=DMARC1` record (give its zone in the same run, and the warning goes), or publish the record directly at `_dmarc`.",
        "_dmarc  IN CNAME  _dmarc.example.net.",
        "_dmarc  IN TXT  \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com\"");

    public static readonly RuleDescriptor DmarcMissingForMailDomain = new(
        RuleIds.DmarcMissingForMailDomain, "Mail domain without a DMARC record", Warning, RuleCategory.MailAuthentication,
        "A domain that handles mail (it has MX records, or an SPF record other than `v=spf1 -all`) has no `_dmarc` record in the zone, neither at its own name nor at a parent up to the zone's apex (where receivers look next, RFC 7489 §6.6.3).",
        "Gmail and Yahoo require DMARC of domains that send in volume, and without it receivers have no policy for mail that fails SPF and DKIM: anyone can send as the domain.",
        "Publish a DMARC record at `_dmarc.<domain>`: start with `p=none` and a report address, read the reports, then move to `p=quarantine` or `p=reject`.",
        "@  IN MX  10 mail\n@  IN TXT \"v=spf1 mx -all\"",
        "@       IN MX  10 mail\n@       IN TXT \"v=spf1 mx -all\"\n_dmarc  IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@example.com\"");

    public static readonly RuleDescriptor DmarcExternalReportNotAuthorised = new(
        RuleIds.DmarcExternalReportNotAuthorised, "DMARC reports to a domain that does not accept them", Error, RuleCategory.MailAuthentication,
        "A rua= or ruf= address of a DMARC record is at another domain that is in the zones of the run, and that domain has no `<domain>._report._dmarc.<destination>` TXT record starting with `v=DMARC1` (RFC 7489 §7.1). A destination outside the run is not checked: the zones cannot tell.",
        "Receivers send reports to another domain only when it says it wants them (RFC 7489 §7.1), so without that record no aggregate or failure report arrives.",
        "In the destination's zone, publish `<domain>._report._dmarc` (or `*._report._dmarc` for every domain) as TXT \"v=DMARC1\".",
        "; zone example.com.\n_dmarc  IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@example.net\"\n; zone example.net.: nothing at example.com._report._dmarc",
        "; zone example.net.\nexample.com._report._dmarc  IN TXT \"v=DMARC1\"");

    public static readonly RuleDescriptor DkimKeySyntax = new(
        RuleIds.DkimKeySyntax, "DKIM key record invalid", Error, RuleCategory.MailAuthentication,
        "A TXT record at `<selector>._domainkey.<domain>` is not a valid DKIM key record (RFC 6376 §3.6.1): a tag is not `name=value` or is given twice, `v=` is not first or not `DKIM1`, `p=` is missing, is not base64, is cut short, or does not decode to a key of the declared type (an RSA SubjectPublicKeyInfo or RSAPublicKey for k=rsa, 32 octets for k=ed25519, RFC 8463).",
        "Verifiers cannot use the key (RFC 6376 §6.1.2), so every message signed with this selector fails DKIM, and with it DMARC where SPF does not align.",
        "Publish the key as your mail provider or `opendkim-genkey` gives it: `v=DKIM1; k=rsa; p=` and the base64 of the public key, split into quoted strings of at most 255 characters with nothing added between them.",
        "s1._domainkey  IN TXT \"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJ SRsCd31D33LMv4zg56c9\"",
        "; the key abbreviated here\ns1._domainkey  IN TXT ( \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"\n                         \"...IDAQAB\" )");

    public static readonly RuleDescriptor DkimUnknownKeyType = new(
        RuleIds.DkimUnknownKeyType, "DKIM key of an unknown type", Warning, RuleCategory.MailAuthentication,
        "The k= tag of a DKIM key record names a key type other than `rsa` (RFC 6376 §3.6.1) and `ed25519` (RFC 8463).",
        "Verifiers ignore keys of types they do not know (RFC 6376 §3.6.1), so signatures with this selector fail.",
        "Write k=rsa or k=ed25519, the type of the key in p=, or leave k= out for RSA.",
        "s1._domainkey  IN TXT \"v=DKIM1; k=rsa2048; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"",
        "s1._domainkey  IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"");

    public static readonly RuleDescriptor DkimSha1Only = new(
        RuleIds.DkimSha1Only, "DKIM key limited to SHA-1", Warning, RuleCategory.MailAuthentication,
        "The h= tag of a DKIM key record lists the hash algorithms the key may be used with, and sha256 is not among them (usually `h=sha1`).",
        "RFC 8301 §3.1: signers must not use rsa-sha1 and verifiers must not accept it, so no signature made with this key verifies; with sha256 excluded by h= none can (RFC 6376 §3.6.1).",
        "Remove h= (every algorithm is then allowed) or write h=sha256, and sign with rsa-sha256.",
        "s1._domainkey  IN TXT \"v=DKIM1; h=sha1; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"",
        "s1._domainkey  IN TXT \"v=DKIM1; h=sha256; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"");

    public static readonly RuleDescriptor DkimKeyUnder1024Bits = new(
        RuleIds.DkimKeyUnder1024Bits, "DKIM RSA key under 1024 bits", Error, RuleCategory.MailAuthentication,
        "The RSA key in p= has a modulus shorter than 1024 bits (often a 512- or 768-bit key made long ago).",
        "RFC 8301 §3.2: verifiers must not consider signatures with keys under 1024 bits valid, so every signature with this selector fails. Such keys can also be factored cheaply.",
        "Make a new 2048-bit key pair, publish it under a new selector, switch the signer to it, then remove the old record.",
        "; a 512-bit key\ns1._domainkey  IN TXT \"v=DKIM1; k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKZnVg8WByFtZ8FmqdiF1sLQotXfBh6eZcjHBETuv6RviVCiQck4dcHLajjDtwjSKkVdLoXRzM4wCAJnD7B8H4MCAwEAAQ==\"",
        "; a 2048-bit key, abbreviated here\ns2._domainkey  IN TXT ( \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\" \"...IDAQAB\" )");

    public static readonly RuleDescriptor DkimKeyUnder2048Bits = new(
        RuleIds.DkimKeyUnder2048Bits, "DKIM RSA key under 2048 bits", Warning, RuleCategory.MailAuthentication,
        "The RSA key in p= has a modulus of at least 1024 but fewer than 2048 bits.",
        "RFC 8301 §3.2: signers should use keys of at least 2048 bits; 1024-bit keys are within reach of a well-funded attacker, and some receivers score them down.",
        "Make a new 2048-bit key pair, publish it under a new selector (split into quoted strings of at most 255 characters), switch the signer to it, then remove the old record.",
        "; a 1024-bit key\ns1._domainkey  IN TXT \"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJSRsCd31D33LMv4zg56c9/D/JUQF7O+IflZ8Tc4IUUCiPb5ngLM/ehxYvau53MZC3X8VMCK8WZi3aRBvFdHQ8Kdq0GkXFHK5YZvS2BnHkDql5JVaT1gMggNumIbZp3by38POMWakDfYOpC6R5XacODx2RtDlyyOmW3hPYdAoq8wIDAQAB\"",
        "; a 2048-bit key, abbreviated here\ns2._domainkey  IN TXT ( \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\" \"...IDAQAB\" )");

    public static readonly RuleDescriptor DkimTestingMode = new(
        RuleIds.DkimTestingMode, "DKIM key in testing mode", Warning, RuleCategory.MailAuthentication,
        "The t= tag of a DKIM key record has the flag `y`: the domain says it is testing DKIM.",
        "RFC 6376 §3.6.1: verifiers must not treat messages from a domain in testing mode differently from unsigned mail, so the signatures earn the domain nothing. The flag is often left on after the test.",
        "Remove `y` from t= (or the whole t= tag) once signing works.",
        "s1._domainkey  IN TXT \"v=DKIM1; t=y; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"",
        "s1._domainkey  IN TXT \"v=DKIM1; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\"");

    public static readonly RuleDescriptor DkimKeyRevoked = new(
        RuleIds.DkimKeyRevoked, "DKIM key revoked (empty p=)", DiagnosticSeverity.Info, RuleCategory.MailAuthentication,
        "A DKIM key record has an empty p=, which says the key of this selector has been revoked (RFC 6376 §3.6.1).",
        "Signatures with this selector fail. That is intended after a key rotation; it is a mistake when the signer still uses the selector.",
        "Nothing, if the selector is retired. Otherwise publish the current public key in p=, or switch the signer to a selector that has one.",
        "old._domainkey  IN TXT \"v=DKIM1; p=\"",
        null);

    public static readonly RuleDescriptor DkimKeyStrayCharacters = new(
        RuleIds.DkimKeyStrayCharacters, "White space or a quote inside a DKIM key", Error, RuleCategory.MailAuthentication,
        "The base64 of p= holds a quote, or white space, usually where the key was split into character-strings by hand: `\"...abc \" \"def...\"` or a quote copied into the data.",
        "A quote is no base64, so no verifier can decode the key. RFC 6376 §3.6.1 lets white space stand in p=, but some verifiers in use (hMailServer and rspamd 3.2, for example) fail to decode such a key, and the signatures with this selector fail there.",
        "Join the base64 with nothing between the pieces: end one quoted string right after a base64 character and start the next with the following one.",
        "s1._domainkey  IN TXT ( \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA \"\n                         \" xOsFyzzmGNCLr2ay1xBq...\" )",
        "s1._domainkey  IN TXT ( \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\"\n                         \"xOsFyzzmGNCLr2ay1xBq...\" )");

    public static readonly RuleDescriptor MtaStsSyntax = new(
        RuleIds.MtaStsSyntax, "MTA-STS record invalid", Error, RuleCategory.MailAuthentication,
        "A TXT record at `_mta-sts.<domain>` that is meant as MTA-STS is not valid (RFC 8461 §3.1): it does not begin with exactly `v=STSv1`, has no `id=`, an id that is not 1 to 32 letters and digits, white space around `=`, or a field that is not `name=value`.",
        "Senders discard a record that does not begin with `v=STSv1` and ignore an invalid one (RFC 8461 §3.1), so they never fetch the policy and deliver to the domain without requiring TLS.",
        "Write `v=STSv1; id=` and an id of letters and digits (a date and time is common), and change the id whenever the policy file changes.",
        "_mta-sts  IN TXT \"v=STSv1; id=2026-01-01\"",
        "_mta-sts  IN TXT \"v=STSv1; id=20260101T000000\"");

    public static readonly RuleDescriptor MtaStsMultipleRecords = new(
        RuleIds.MtaStsMultipleRecords, "More than one MTA-STS record at a name", Error, RuleCategory.MailAuthentication,
        "`_mta-sts.<domain>` has two or more TXT records that begin with `v=STSv1`, usually an old id left beside the new one.",
        "RFC 8461 §3.1: when the number of such records is not one, senders assume the domain has no MTA-STS policy.",
        "Keep one record, with the id of the policy now served.",
        "_mta-sts  IN TXT \"v=STSv1; id=20250101T000000\"\n_mta-sts  IN TXT \"v=STSv1; id=20260101T000000\"",
        "_mta-sts  IN TXT \"v=STSv1; id=20260101T000000\"");

    public static readonly RuleDescriptor TlsRptSyntax = new(
        RuleIds.TlsRptSyntax, "TLS-RPT record invalid", Error, RuleCategory.MailAuthentication,
        "A TXT record at `_smtp._tls.<domain>` that is meant as TLS-RPT is not valid (RFC 8460 §3): it does not begin with exactly `v=TLSRPTv1`, has no `rua=`, a rua entry that is not a `mailto:` or `https:` URI, white space around `=`, or a field that is not `name=value`.",
        "Senders discard a record that does not begin with `v=TLSRPTv1` and ignore an invalid one (RFC 8460 §3), so no report tells you when TLS to your mail servers fails.",
        "Write `v=TLSRPTv1; rua=` and one or more `mailto:` or `https:` URIs, separated by commas.",
        "_smtp._tls  IN TXT \"v=TLSRPTv1; rua=tls-reports@example.com\"",
        "_smtp._tls  IN TXT \"v=TLSRPTv1; rua=mailto:tls-reports@example.com\"");

    public static readonly RuleDescriptor TlsRptMultipleRecords = new(
        RuleIds.TlsRptMultipleRecords, "More than one TLS-RPT record at a name", Error, RuleCategory.MailAuthentication,
        "`_smtp._tls.<domain>` has two or more TXT records that begin with `v=TLSRPTv1`, often one added by each reporting service.",
        "RFC 8460 §3: when the number of such records is not one, senders assume the domain does not implement TLS-RPT and send no reports.",
        "Keep one record and list every destination in its rua=, separated by commas.",
        "_smtp._tls  IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com\"\n_smtp._tls  IN TXT \"v=TLSRPTv1; rua=https://tlsrpt.example.net/v1\"",
        "_smtp._tls  IN TXT \"v=TLSRPTv1; rua=mailto:tls@example.com,https://tlsrpt.example.net/v1\"");
}
