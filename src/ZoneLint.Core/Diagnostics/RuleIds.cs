namespace ZoneLint.Core.Diagnostics;

/// <summary>The public rule IDs. An ID keeps its meaning forever; a new rule takes the next free ID of its range.</summary>
public static class RuleIds
{
    // ZL1xxx: syntax, reported by the parser.
    public const string MalformedEntry = "ZL1001";
    public const string InvalidTtl = "ZL1002";
    public const string CharacterStringTooLong = "ZL1003";
    public const string IncludeFailure = "ZL1004";
    public const string GenerateFailure = "ZL1005";
    public const string PastedCharacters = "ZL1006";

    // ZL2xxx: zone semantics.
    public const string OwnerRepeatsOrigin = "ZL2001";
    public const string RdataNameRepeatsOrigin = "ZL2002";
    public const string TtlBelowMinimum = "ZL2003";
    public const string MissingTtl = "ZL2004";
    public const string InconsistentRRsetTtl = "ZL2005";
    public const string CnameAndOtherData = "ZL2006";
    public const string OutOfZoneRecord = "ZL2007";
    public const string DuplicateRecord = "ZL2008";
    public const string TargetIsCname = "ZL2009";
    public const string MisplacedSoa = "ZL2010";
    public const string MissingSoa = "ZL2011";
    public const string MissingApexNs = "ZL2012";
    public const string NameServerWithoutAddress = "ZL2013";
    public const string TargetWithoutAddress = "ZL2014";
    public const string SerialNotIncreased = "ZL2015";
    public const string RemovedNameStillReferenced = "ZL2016";

    // ZL3xxx: SPF (RFC 7208).
    public const string SpfSyntax = "ZL3001";
    public const string SpfNotQuoted = "ZL3002";
    public const string SpfGluedStrings = "ZL3003";
    public const string SpfMultipleRecords = "ZL3004";
    public const string SpfTooManyDnsLookups = "ZL3005";
    public const string SpfLookupBudgetNearlySpent = "ZL3006";
    public const string SpfTooManyVoidLookups = "ZL3007";
    public const string SpfIncludeTargetWithoutSpf = "ZL3008";
    public const string SpfPassAll = "ZL3009";
    public const string SpfNoAllOrRedirect = "ZL3010";
    public const string SpfTermsAfterAll = "ZL3011";
    public const string SpfPtrMechanism = "ZL3012";
    public const string SpfTypeRecord = "ZL3013";
    public const string SpfRecordTooLong = "ZL3014";
    public const string SpfIncludeLoop = "ZL3015";
    public const string SpfNotRecognised = "ZL3016";
    public const string SpfSenderNotAuthorised = "ZL3017";
    public const string SpfTooManyLookupNames = "ZL3018";
    public const string SpfMissingForMailDomain = "ZL3019";
    public const string SpfExternalIncludeNotFollowed = "ZL3020";
    public const string SpfLookupsGrewPastThreshold = "ZL3021";

    // ZL4xxx: other mail-authentication records: DMARC (RFC 7489), DKIM keys (RFC 6376), MTA-STS (RFC 8461), TLS-RPT (RFC 8460).
    public const string DmarcSyntax = "ZL4001";
    public const string DmarcUnknownTag = "ZL4002";
    public const string DmarcMultipleRecords = "ZL4003";
    public const string DmarcAtCname = "ZL4004";
    public const string DmarcMissingForMailDomain = "ZL4005";
    public const string DmarcExternalReportNotAuthorised = "ZL4006";
    public const string DkimKeySyntax = "ZL4007";
    public const string DkimUnknownKeyType = "ZL4008";
    public const string DkimSha1Only = "ZL4009";
    public const string DkimKeyUnder1024Bits = "ZL4010";
    public const string DkimKeyUnder2048Bits = "ZL4011";
    public const string DkimTestingMode = "ZL4012";
    public const string DkimKeyRevoked = "ZL4013";
    public const string DkimKeyStrayCharacters = "ZL4014";
    public const string MtaStsSyntax = "ZL4015";
    public const string MtaStsMultipleRecords = "ZL4016";
    public const string TlsRptSyntax = "ZL4017";
    public const string TlsRptMultipleRecords = "ZL4018";

    // ZL9xxx: the tool itself.
    public const string InvalidConfiguration = "ZL9001";
    public const string DnsLookupFailed = "ZL9002";
    public const string LimitReached = "ZL9003";
    public const string FindingsLeftOut = "ZL9004";
}
