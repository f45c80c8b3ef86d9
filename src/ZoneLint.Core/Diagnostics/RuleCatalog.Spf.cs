namespace ZoneLint.Core.Diagnostics;

public static partial class RuleCatalog
{
    public static readonly RuleDescriptor SpfSyntax = new(
        RuleIds.SpfSyntax, "SPF syntax error (permerror)", Error, RuleCategory.Spf,
        "A term of the SPF record is not valid RFC 7208 syntax: an unknown mechanism or modifier (`inlcude:`), a bad qualifier, an invalid ip4/ip6 address or prefix length, a bad domain-spec or macro, or `redirect`/`exp` given twice. Also a modifier that is plainly a typo (`include=...`, `redirct=...`, a second `v=spf1` inside the record): valid syntax, but receivers ignore it (RFC 7208 §6).",
        "A receiver that meets a syntax error stops with permerror (RFC 7208 §4.6): the whole record counts for nothing, and Gmail answers `550-5.7.26 ... SPF check did not pass`.",
        "Correct the term the message names; it says what is wrong with it. Mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists and take ':' (`include:_spf.example.com`); modifiers are redirect= and exp=.",
        "@  TXT \"v=spf1 inlcude:_spf.google.com ~all\"",
        "@  TXT \"v=spf1 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfNotQuoted = new(
        RuleIds.SpfNotQuoted, "SPF text not in double quotes", Error, RuleCategory.Spf,
        "The SPF record's text is not enclosed in double quotes, wholly or partly. Each space-separated word becomes its own character-string.",
        "Receivers join character-strings with nothing between them (RFC 7208 §3.3), so `v=spf1 a mx ~all` unquoted is read as `v=spf1amx~all`: no SPF record at all.",
        "Put the whole text between straight double quotes.",
        "@  TXT  v=spf1 a mx ~all",
        "@  TXT  \"v=spf1 a mx ~all\"");

    public static readonly RuleDescriptor SpfGluedStrings = new(
        RuleIds.SpfGluedStrings, "Split SPF strings glue two terms together", Error, RuleCategory.Spf,
        "An SPF record split into several quoted strings has no space at a boundary, so the last term of one string and the first of the next are joined into one.",
        "Character-strings are joined with no separator (RFC 7208 §3.3): `\"... ip4:192.0.2.1\" \"include:...\"` becomes `ip4:192.0.2.1include:...`, a syntax error (permerror).",
        "End each string (but the last) with a space, or start the next one with a space.",
        "@  TXT ( \"v=spf1 ip4:192.0.2.1\" \"include:_spf.google.com ~all\" )",
        "@  TXT ( \"v=spf1 ip4:192.0.2.1 \" \"include:_spf.google.com ~all\" )");

    public static readonly RuleDescriptor SpfMultipleRecords = new(
        RuleIds.SpfMultipleRecords, "More than one SPF record at a name", Error, RuleCategory.Spf,
        "A name has two or more records that start with `v=spf1` (TXT and type-99 SPF counted together). The usual cause is a second record added for Google Workspace or another provider instead of merging it into the first.",
        "RFC 7208 §4.5: with more than one SPF record the result is permerror, so mail from every sender fails SPF.",
        "Merge them into one record, as the message shows: keep one `v=spf1`, put every mechanism from each record, and end with one `all` (when the records end with different ones, choosing is yours: `-all` once every sender is listed). Watch the total: at most 10 DNS lookups (ZL3005) and 450 octets (ZL3014).",
        "@  TXT \"v=spf1 ip4:192.0.2.25 ~all\"\n@  TXT \"v=spf1 include:_spf.google.com ~all\"",
        "@  TXT \"v=spf1 ip4:192.0.2.25 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfTooManyDnsLookups = new(
        RuleIds.SpfTooManyDnsLookups, "More than 10 DNS lookups", Error, RuleCategory.Spf,
        "Counted through every include and redirect, the record has more than 10 terms that query DNS (include, a, mx, ptr, exists, redirect).",
        "RFC 7208 §4.6.4: a receiver stops at the 11th lookup with permerror, so mail fails SPF even from an authorised server.",
        "Remove includes you no longer use, replace `a` and `mx` by ip4/ip6 networks where the addresses are stable, or ask a provider for a smaller include.",
        "; a, mx and four providers: over 10 lookups once their own includes are counted\n@  TXT \"v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com include:servers.mcsv.net include:mail.zendesk.com ~all\"",
        "; the web and mail hosts as networks, only the providers still in use: under the limit\n@  TXT \"v=spf1 ip4:192.0.2.0/28 include:_spf.google.com include:servers.mcsv.net ~all\"");

    public static readonly RuleDescriptor SpfLookupBudgetNearlySpent = new(
        RuleIds.SpfLookupBudgetNearlySpent, "SPF lookup budget nearly spent", Warning, RuleCategory.Spf,
        "The record uses 8 or more of the 10 DNS lookups RFC 7208 §4.6.4 allows (the threshold is configurable).",
        "Providers change their includes without notice; one more lookup in theirs and your record fails with permerror.",
        "Trim the record now, while it still works (see ZL3005).",
        "; 9 of 10 lookups: one more in any provider's include and mail fails\n@  TXT \"v=spf1 a mx include:_spf.google.com include:spf.protection.outlook.com ~all\"",
        "@  TXT \"v=spf1 ip4:192.0.2.0/28 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfTooManyVoidLookups = new(
        RuleIds.SpfTooManyVoidLookups, "More than 2 void lookups", Error, RuleCategory.Spf,
        "More than two of the record's lookups return no data or a name that does not exist.",
        "RFC 7208 §4.6.4: receivers should stop with permerror after two void lookups.",
        "Remove the terms that point at names that no longer exist or have no addresses.",
        "; three hosts that were retired: three lookups that find nothing\n@  TXT \"v=spf1 a:old1.example.com a:old2.example.com a:old3.example.com mx ~all\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfIncludeTargetWithoutSpf = new(
        RuleIds.SpfIncludeTargetWithoutSpf, "include or redirect target has no SPF record", Error, RuleCategory.Spf,
        "An include or redirect names a domain that publishes no SPF record.",
        "RFC 7208 §5.2 and §6.1: include and redirect of a domain with no SPF record are permerror.",
        "Correct the domain (a typo, a provider's renamed include), or remove the term.",
        "@  TXT \"v=spf1 include:_spf.gogle.com ~all\"",
        "@  TXT \"v=spf1 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfPassAll = new(
        RuleIds.SpfPassAll, "+all authorises every host on the internet", Error, RuleCategory.Spf,
        "The record has `+all` or a bare `all`, which matches every sender with the result pass.",
        "Anyone can send mail as your domain and it passes SPF.",
        "End with `~all` (soft fail) or `-all` (fail).",
        "@  TXT \"v=spf1 mx all\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfNoAllOrRedirect = new(
        RuleIds.SpfNoAllOrRedirect, "Neither all nor redirect", Warning, RuleCategory.Spf,
        "The record has no `all` mechanism and no `redirect=` modifier.",
        "A sender that matches no mechanism gets neutral (RFC 7208 §4.7), which protects nothing.",
        "End the record with `~all` or `-all`.",
        "@  TXT \"v=spf1 mx\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfTermsAfterAll = new(
        RuleIds.SpfTermsAfterAll, "Terms after all are ignored", Warning, RuleCategory.Spf,
        "Mechanisms stand after `all`, or a `redirect=` stands beside `all`.",
        "Evaluation stops at `all` (RFC 7208 §5.1), and redirect is ignored when the record has `all` (§6.1): those terms never take effect.",
        "Move the terms before `all`, or remove the ones you do not need.",
        "@  TXT \"v=spf1 ~all include:_spf.google.com\"",
        "@  TXT \"v=spf1 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfPtrMechanism = new(
        RuleIds.SpfPtrMechanism, "ptr mechanism", Warning, RuleCategory.Spf,
        "The record uses the `ptr` mechanism.",
        "RFC 7208 §5.5: ptr is slow, unreliable and places a heavy load on the .arpa name servers; it should not be used, and some receivers skip it.",
        "Replace it with ip4/ip6 networks or an `a` mechanism for the hosts that send mail.",
        "@  TXT \"v=spf1 ptr ~all\"",
        "@  TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"");

    public static readonly RuleDescriptor SpfTypeRecord = new(
        RuleIds.SpfTypeRecord, "SPF published as RR type 99", Warning, RuleCategory.Spf,
        "The policy is published as an RR of type SPF (99).",
        "RFC 7208 §3.1 discontinued type 99: receivers look only at TXT records.",
        "Publish the same text as a TXT record and remove the SPF-type record.",
        "@  SPF \"v=spf1 mx ~all\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfRecordTooLong = new(
        RuleIds.SpfRecordTooLong, "SPF record over 450 octets", Warning, RuleCategory.Spf,
        "The record's text is longer than 450 octets in all.",
        "RFC 7208 §3.4: keep the DNS answer within 512 octets, or some resolvers fall back to TCP or fail.",
        "Shorten it: merge ip4 networks, drop unused includes, or move part of it behind an include of your own.",
        "; one ip4 term per host, 480 octets in all\n@  TXT ( \"v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 ip4:192.0.2.3 ... \"\n         \"... ip4:192.0.2.30 ~all\" )",
        "@  TXT \"v=spf1 ip4:192.0.2.0/27 ~all\"");

    public static readonly RuleDescriptor SpfIncludeLoop = new(
        RuleIds.SpfIncludeLoop, "include or redirect loop", Error, RuleCategory.Spf,
        "An include or redirect leads back to a domain already being evaluated, directly or through others.",
        "The evaluation can never finish; receivers stop at the lookup limit with permerror.",
        "Remove the include that points back.",
        "@  TXT \"v=spf1 include:example.com ~all\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfNotRecognised = new(
        RuleIds.SpfNotRecognised, "Record meant as SPF is not recognised as SPF", Error, RuleCategory.Spf,
        "A TXT record looks like an SPF record but does not start with exactly `v=spf1` followed by a space or the end: `v=spf 1`, `v=spf1a`, `spf1 ...`, no version at all, a leading space or a stray quote.",
        "Receivers select SPF records by that exact prefix (RFC 7208 §4.5); any other text is ignored, so the domain has no SPF record.",
        "Start the text with `v=spf1` and a space.",
        "@  TXT \"v=spf 1 mx ~all\"",
        "@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfSenderNotAuthorised = new(
        RuleIds.SpfSenderNotAuthorised, "Declared sender would not pass SPF", Error, RuleCategory.Spf,
        "A sender declared for the domain in zonelint.json (an IP address, or a provider's include) would not get `pass` from check_host().",
        "Mail from that sender is rejected or sent to spam, which is exactly what the configuration says must not happen.",
        "Add the sender's network or include to the record, or correct the declaration.",
        "; zonelint.json: { \"spf\": { \"senders\": { \"example.com\": [ \"198.51.100.7\", \"include:_spf.google.com\" ] } } }\n@  TXT \"v=spf1 include:_spf.google.com ~all\"",
        "@  TXT \"v=spf1 ip4:198.51.100.7 include:_spf.google.com ~all\"");

    public static readonly RuleDescriptor SpfTooManyLookupNames = new(
        RuleIds.SpfTooManyLookupNames, "mx or ptr lookup returns more than 10 names", Error, RuleCategory.Spf,
        "An `mx` or `ptr` term's lookup returns more than 10 names.",
        "RFC 7208 §4.6.4: checking more than 10 MX or PTR names is permerror.",
        "Reduce the number of MX records, or list the mail servers' networks with ip4/ip6.",
        "; eleven MX records, and SPF asks for all of them\n@  MX 10 mx01\n; ... mx02 to mx11 ...\n@  TXT \"v=spf1 mx -all\"",
        "@  TXT \"v=spf1 ip4:192.0.2.0/28 -all\"");

    public static readonly RuleDescriptor SpfMissingForMailDomain = new(
        RuleIds.SpfMissingForMailDomain, "Domain with MX records publishes no SPF record", Warning, RuleCategory.Spf,
        "A name receives mail (it has MX records) but publishes no SPF record.",
        "Gmail and others reject mail from domains that do not authenticate it: `550-5.7.26 This mail is unauthenticated`.",
        "Publish one TXT record `v=spf1 ... ~all` at the name, listing the servers that send its mail.",
        "@  MX  10 mail",
        "@  MX  10 mail\n@  TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor SpfExternalIncludeNotFollowed = new(
        RuleIds.SpfExternalIncludeNotFollowed, "include outside the zones not followed (offline)", DiagnosticSeverity.Info, RuleCategory.Spf,
        "An include or redirect names a domain outside the zones being linted, and neither the lock file nor (with --online) DNS was asked for it, so its lookups are not counted.",
        "The lookup count shown is a lower bound: the provider's include may push the record over the limit of 10.",
        "Record the provider's data in the lock file with `zonelint spf lock`, or run with `--online`.",
        "; checked offline, with no lock file: Google's lookups are not counted\n@  TXT \"v=spf1 ip4:192.0.2.25 include:_spf.google.com ~all\"",
        "; the same record, after `zonelint spf lock` wrote zonelint.lock.json beside the zones\n@  TXT \"v=spf1 ip4:192.0.2.25 include:_spf.google.com ~all\"");
}
