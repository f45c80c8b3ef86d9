using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Diagnostics;

/// <summary>The one catalogue of rule descriptors. Docs pages and the README table are generated from it.</summary>
public static partial class RuleCatalog
{
    public const string HelpBaseUri = "https://github.com/zonelint/zonelint/blob/main/docs/rules/";

    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    public static readonly RuleDescriptor MalformedEntry = new(
        RuleIds.MalformedEntry, "Malformed zone-file entry", Error, RuleCategory.Syntax,
        "An entry that the master-file grammar cannot read: an unknown type or class, an RDATA field that is not valid for its type, unbalanced parentheses, an unterminated quoted string, text left over after the last field, a label over 63 or a name over 255 octets, or a bad escape.",
        "A name server refuses to load a zone with such an entry (BIND stops at the first one), so every name in the zone stops resolving, not just the broken record.",
        "Correct the field that the message names. The message says which field of which type was expected and what was found.",
        "www  IN  A  192.0.2.300",
        "www  IN  A  192.0.2.30");

    public static readonly RuleDescriptor InvalidTtl = new(
        RuleIds.InvalidTtl, "Invalid TTL value", Error, RuleCategory.Syntax,
        "A TTL (in a record or in $TTL) that is neither a number nor BIND's unit form such as 1h30m, or that is over 2147483647 seconds (RFC 2181 §8).",
        "BIND rejects the zone; other servers may read the value as something else entirely.",
        "Write the TTL as seconds (3600) or with units w, d, h, m, s (1h).",
        "$TTL 1hour",
        "$TTL 1h");

    public static readonly RuleDescriptor CharacterStringTooLong = new(
        RuleIds.CharacterStringTooLong, "Character-string over 255 octets", Error, RuleCategory.Syntax,
        "One quoted string in a TXT (or similar) record holds more than 255 octets. A character-string carries a one-octet length (RFC 1035 §3.3).",
        "The zone does not load. Long SPF and DKIM records are the usual cause.",
        "Split the text into several quoted strings of at most 255 octets each, on one line or inside parentheses. For SPF, split at a space between terms.",
        null,
        "@  TXT ( \"v=spf1 ip4:192.0.2.0/24 include:_spf.example.net\"\n         \" include:_spf.google.com ~all\" )");

    public static readonly RuleDescriptor IncludeFailure = new(
        RuleIds.IncludeFailure, "$INCLUDE failure", Error, RuleCategory.Syntax,
        "A $INCLUDE names a file that does not exist or cannot be read, includes itself through a cycle, nests deeper than the limit, or leads (by `..`, an absolute path or a symbolic link) outside the allowed root folder.",
        "The server cannot load the zone, or would load data from outside the repository that nobody reviewed.",
        "Fix the path (it is relative to the including file), break the cycle, or move the file inside the repository. The root can be set with `includeRoot` in zonelint.json.",
        "$INCLUDE ../../etc/passwd",
        "$INCLUDE hosts.inc");

    public static readonly RuleDescriptor GenerateFailure = new(
        RuleIds.GenerateFailure, "$GENERATE failure", Error, RuleCategory.Syntax,
        "A $GENERATE directive with a bad range (start after stop), a bad step, a bad `${offset,width,base}` modifier, a type that cannot be generated, or an expansion over the limit.",
        "BIND refuses the zone.",
        "Write the range as start-stop[/step] with start <= stop, and modifiers as ${offset[,width[,base]]} with base one of d, o, x, X, n, N.",
        "$GENERATE 10-1 host$ A 192.0.2.$",
        "$GENERATE 1-10 host$ A 192.0.2.$");

    public static readonly RuleDescriptor PastedCharacters = new(
        RuleIds.PastedCharacters, "Characters pasted from a web page or document", Error, RuleCategory.Syntax,
        "The entry contains typographic quotes (“ ”), a full-width space or full-width ASCII, zero-width characters, or other non-ASCII text, often a placeholder from a provider's help page (サーバーのIPアドレス) that was never replaced.",
        "Typographic quotes are not quotes to a name server: the text is split into words and the quotes become part of the data. A placeholder publishes a record that authorises nothing, or fails to load.",
        "Retype the record in a plain-text editor: straight double quotes (\"), ASCII spaces, and the real value in place of the placeholder.",
        "@  TXT  “v=spf1 ip4:サーバーのIPアドレス ~all”",
        "@  TXT  \"v=spf1 ip4:192.0.2.25 ~all\"");

    public static readonly RuleDescriptor OwnerRepeatsOrigin = new(
        RuleIds.OwnerRepeatsOrigin, "Owner name repeats the origin (missing trailing dot)", Error, RuleCategory.Zone,
        "An owner name is written as a full domain name without the trailing dot, so the origin is appended to it: `example.com` in zone example.com. becomes example.com.example.com.",
        "The record is published at a name nobody queries. For an SPF record this is the classic reason for Gmail's `550-5.7.26 ... SPF check did not pass`: the domain itself has no SPF record.",
        "Add the trailing dot (`example.com.`), or write the name relative to the origin (`@` for the apex, `www` for www.example.com.).",
        "example.com.  IN SOA ...\nexample.com   IN TXT \"v=spf1 mx ~all\"",
        "example.com.  IN SOA ...\nexample.com.  IN TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor RdataNameRepeatsOrigin = new(
        RuleIds.RdataNameRepeatsOrigin, "Name in RDATA repeats the origin (missing trailing dot)", Error, RuleCategory.Zone,
        "A domain name inside RDATA (the target of MX, NS, CNAME, SRV, PTR, DNAME, the SOA names, ...) is written as a full name without the trailing dot, so the origin is appended: `mail.example.com` becomes mail.example.com.example.com.",
        "Mail, delegations and aliases point at a name that does not exist: mail bounces, the zone is lame, the alias breaks.",
        "Add the trailing dot (`mail.example.com.`) or write the name relative to the origin (`mail`).",
        "@  IN MX 10 mail.example.com",
        "@  IN MX 10 mail.example.com.");

    public static readonly RuleDescriptor TtlBelowMinimum = new(
        RuleIds.TtlBelowMinimum, "TTL below the minimum", Error, RuleCategory.Zone,
        "A record's TTL is below the configured minimum (60 seconds by default).",
        "Very low TTLs multiply the queries to the zone's servers, and many resolvers and providers clamp or reject them; a TTL of 0 or 1 is usually a typing mistake.",
        "Raise the TTL (300 or 3600 are common), or lower `minimumTtl` in zonelint.json if a low TTL is intended.",
        "@  30  IN TXT \"v=spf1 mx ~all\"",
        "@  3600  IN TXT \"v=spf1 mx ~all\"");

    public static readonly RuleDescriptor MissingTtl = new(
        RuleIds.MissingTtl, "Record with no TTL while no $TTL is in force", Warning, RuleCategory.Zone,
        "A record gives no TTL and no $TTL directive precedes it, so the TTL comes from the previous record or the SOA minimum field (RFC 2308 §4), depending on the server.",
        "BIND warns and guesses; different servers guess differently, and the SOA minimum is meant for negative caching, not for data.",
        "Put `$TTL 3600` (or the value you want) at the top of the file, or give each record a TTL.",
        "@  IN SOA ns1 hostmaster 1 7200 3600 1209600 300",
        "$TTL 3600\n@  IN SOA ns1 hostmaster 1 7200 3600 1209600 300");

    public static readonly RuleDescriptor InconsistentRRsetTtl = new(
        RuleIds.InconsistentRRsetTtl, "Records of one RRset with different TTLs", Warning, RuleCategory.Zone,
        "Records with the same owner, class and type (one RRset) have different TTLs. RFC 2181 §5.2 says the TTLs of an RRset must be equal.",
        "Servers silently use one of the values (BIND the first), so the zone does not mean what it says.",
        "Give every record of the RRset the same TTL.",
        "@  300  IN MX 10 mx1\n@  3600 IN MX 20 mx2",
        "@  3600 IN MX 10 mx1\n@  3600 IN MX 20 mx2");

    public static readonly RuleDescriptor CnameAndOtherData = new(
        RuleIds.CnameAndOtherData, "CNAME and other data at the same name", Error, RuleCategory.Zone,
        "A name has a CNAME record and other records (RFC 1034 §3.6.2, RFC 2181 §10.1). Only the DNSSEC records that sign or deny it (RRSIG, NSEC; RFC 4035 §2.5) may stand beside a CNAME.",
        "BIND refuses the zone; other servers answer unpredictably. A CNAME at the apex also hides the SOA, NS, MX and SPF records.",
        "Remove the CNAME and publish the records directly, or move the other records to the CNAME's target.",
        "www  IN CNAME web.example.net.\nwww  IN TXT \"v=spf1 -all\"",
        "www  IN CNAME web.example.net.");

    public static readonly RuleDescriptor OutOfZoneRecord = new(
        RuleIds.OutOfZoneRecord, "Record outside the zone's origin", Error, RuleCategory.Zone,
        "The record's owner name is not the origin or below it, usually because an absolute name has a typo or belongs in another zone.",
        "Servers ignore out-of-zone data (BIND refuses it), so the record is never published.",
        "Correct the owner name, or move the record to the zone it belongs to.",
        "$ORIGIN example.com.\nmail.example.net.  IN A 192.0.2.25",
        "$ORIGIN example.com.\nmail.example.com.  IN A 192.0.2.25");

    public static readonly RuleDescriptor DuplicateRecord = new(
        RuleIds.DuplicateRecord, "Duplicate record", Warning, RuleCategory.Zone,
        "Two records have the same owner, class, type and RDATA.",
        "DNS keeps one copy (an RRset is a set), so the second line does nothing; it often means an edit was applied twice or meant to change something else.",
        "Delete one of the two lines.",
        "@  IN MX 10 mail\n@  IN MX 10 mail",
        "@  IN MX 10 mail");

    public static readonly RuleDescriptor TargetIsCname = new(
        RuleIds.TargetIsCname, "MX or NS target is a CNAME", Error, RuleCategory.Zone,
        "An MX exchange or NS name server names a host that is a CNAME in this zone (RFC 2181 §10.3, RFC 5321 §5.1).",
        "Mail servers and resolvers may refuse to follow the alias, so mail is not delivered or the delegation breaks.",
        "Point the MX or NS at the canonical name, which has the A/AAAA records.",
        "@     IN MX 10 mail\nmail  IN CNAME host",
        "@     IN MX 10 host");

    public static readonly RuleDescriptor MisplacedSoa = new(
        RuleIds.MisplacedSoa, "SOA not at the apex, or more than one SOA", Error, RuleCategory.Zone,
        "The file has an SOA record whose owner is not the zone's origin, or more than one SOA record.",
        "A zone has exactly one SOA, at its apex (RFC 1035 §5.2). BIND refuses the file.",
        "Keep one SOA, owned by `@` (the origin).",
        "www  IN SOA ns1 hostmaster 1 7200 3600 1209600 300",
        "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300");

    public static readonly RuleDescriptor MissingSoa = new(
        RuleIds.MissingSoa, "Zone has no SOA record", Error, RuleCategory.Zone,
        "A zone file (not a file it includes) has no SOA record at its apex.",
        "Every zone starts with exactly one SOA (RFC 1035 §5.2); BIND refuses to load a zone without one. Often the origin is wrong, so the SOA landed elsewhere, or the file is a fragment meant to be included.",
        "Add the SOA at `@`, or check the origin (`--origin`, `origins` in zonelint.json). A fragment that is only included should not be named like a zone file (`*.zone`, `db.*`).",
        "$TTL 3600\n@  IN NS ns1.example.net.",
        "$TTL 3600\n@  IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300\n@  IN NS ns1.example.net.");

    public static readonly RuleDescriptor MissingApexNs = new(
        RuleIds.MissingApexNs, "Zone apex has no NS records", Error, RuleCategory.Zone,
        "The zone has an SOA but no NS records at its apex.",
        "A zone must list its name servers at the apex (RFC 1034 §4.2.1); BIND refuses to load it without them.",
        "Add the NS records at `@`, one for each server that serves the zone.",
        "@  IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300",
        "@  IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300\n@  IN NS  ns1.example.net.\n@  IN NS  ns2.example.net.");

    public static readonly RuleDescriptor NameServerWithoutAddress = new(
        RuleIds.NameServerWithoutAddress, "In-zone name server without address records", Error, RuleCategory.Zone,
        "An NS record names a host inside this zone that has no A or AAAA record in it.",
        "Resolvers cannot reach a name server whose address is only in the zone it serves unless the zone gives it (glue); BIND refuses the zone.",
        "Add the A/AAAA records for the name server, or correct the NS target.",
        "@    IN NS ns1\n; no A record for ns1",
        "@    IN NS ns1\nns1  IN A  192.0.2.53");

    public static readonly RuleDescriptor TargetWithoutAddress = new(
        RuleIds.TargetWithoutAddress, "In-zone MX or SRV target without address records", Warning, RuleCategory.Zone,
        "An MX exchange or SRV target names a host inside this zone that has no A or AAAA record in it.",
        "Mail or the service cannot be delivered to a host with no address; BIND warns about it.",
        "Add the A/AAAA records for the host, or correct the target.",
        "@    IN MX 10 mail\n; no A record for mail",
        "@    IN MX 10 mail\nmail IN A  192.0.2.25");

    public static readonly RuleDescriptor InvalidConfiguration = new(
        RuleIds.InvalidConfiguration, "Configuration file invalid", Error, RuleCategory.Tool,
        "zonelint.json is not valid JSON, or has an unknown setting, a rule ID that does not exist, or a value of the wrong kind.",
        "A configuration that is silently ignored lints with settings nobody chose.",
        "Correct the file at the position given; the schema docs/zonelint.schema.json lists every setting.",
        "{ \"rules\": { \"ZL2005\": \"warn-ish\" } }",
        "{ \"rules\": { \"ZL2005\": \"none\" } }");

    public static readonly RuleDescriptor DnsLookupFailed = new(
        RuleIds.DnsLookupFailed, "DNS lookup failed", Warning, RuleCategory.Tool,
        "In online mode a DNS query that a check needed failed or timed out.",
        "The check that needed it could not be completed, so its result is incomplete.",
        "Run again when the DNS servers answer, or run offline.",
        null,
        null);

    public static readonly RuleDescriptor LimitReached = new(
        RuleIds.LimitReached, "Zone not fully checked: a limit was reached", Error, RuleCategory.Tool,
        "Checking the zone took longer than the time limit (30 minutes by default), or the zone holds more records than the record limit (10,000,000 by default, included and generated records counted). The work stopped where the message says; what came after was not checked.",
        "A linter runs on files that anyone can propose, in CI and in editors: a crafted file must not keep it busy or fill the memory. A real zone stays far below the defaults, so reaching one usually means the file was made to do that.",
        "If the zone is genuine, raise the limit in zonelint.json (`\"limits\": { \"seconds\": 3600 }` or `\"records\": 20000000`); docs/security.md lists every limit. Otherwise reject the change. This finding cannot be switched off or suppressed: an unchecked zone must not pass.",
        null,
        null);

    public static readonly RuleDescriptor FindingsLeftOut = new(
        RuleIds.FindingsLeftOut, "More findings than the limit per file", DiagnosticSeverity.Info, RuleCategory.Tool,
        "One zone file had more findings than the limit per file (10,000 by default). The first ones, in file order, are shown; this finding stands for the rest and says how many of each severity were left out. Its severity is the highest of theirs, so the exit code and the build fail exactly as they would with all of them shown.",
        "Tens of thousands of findings help nobody read a log, and a crafted file can make one per line.",
        "Fix the findings shown and run again, or raise `limits.findingsPerFile` in zonelint.json. This finding cannot be switched off or suppressed.",
        null,
        null);

    private static RuleDescriptor[]? _all;
    private static Dictionary<string, RuleDescriptor>? _byId;

    /// <summary>Every rule, ordered by ID. (Built on first use: the descriptors live in several files of this partial class.)</summary>
    public static IReadOnlyList<RuleDescriptor> All => _all ??= new[]
    {
        MalformedEntry, InvalidTtl, CharacterStringTooLong, IncludeFailure, GenerateFailure, PastedCharacters,
        OwnerRepeatsOrigin, RdataNameRepeatsOrigin, TtlBelowMinimum, MissingTtl, InconsistentRRsetTtl,
        CnameAndOtherData, OutOfZoneRecord, DuplicateRecord, TargetIsCname, MisplacedSoa, MissingSoa, MissingApexNs, NameServerWithoutAddress, TargetWithoutAddress,
        SerialNotIncreased, RemovedNameStillReferenced,
        SpfSyntax, SpfNotQuoted, SpfGluedStrings, SpfMultipleRecords, SpfTooManyDnsLookups, SpfLookupBudgetNearlySpent,
        SpfTooManyVoidLookups, SpfIncludeTargetWithoutSpf, SpfPassAll, SpfNoAllOrRedirect, SpfTermsAfterAll,
        SpfPtrMechanism, SpfTypeRecord, SpfRecordTooLong, SpfIncludeLoop, SpfNotRecognised, SpfSenderNotAuthorised,
        SpfTooManyLookupNames, SpfMissingForMailDomain, SpfExternalIncludeNotFollowed, SpfLookupsGrewPastThreshold,
        DmarcSyntax, DmarcUnknownTag, DmarcMultipleRecords, DmarcAtCname, DmarcMissingForMailDomain, DmarcExternalReportNotAuthorised,
        DkimKeySyntax, DkimUnknownKeyType, DkimSha1Only, DkimKeyUnder1024Bits, DkimKeyUnder2048Bits, DkimTestingMode, DkimKeyRevoked,
        DkimKeyStrayCharacters, MtaStsSyntax, MtaStsMultipleRecords, TlsRptSyntax, TlsRptMultipleRecords,
        InvalidConfiguration, DnsLookupFailed, LimitReached, FindingsLeftOut,
    }.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    private static Dictionary<string, RuleDescriptor> ById =>
        _byId ??= All.ToDictionary(d => d.Id, System.StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string id, out RuleDescriptor descriptor) => ById.TryGetValue(id, out descriptor!);

    public static RuleDescriptor Get(string id) => ById[id];
}
