using System.Collections.Generic;
using ZoneLint.Core.Rules.Spf.Syntax;

namespace ZoneLint.Core.Rules.Spf;

/// <summary>The SPF rules that look at one record or one name: syntax, quoting, qualifiers, placement.</summary>
public static class SpfSyntaxRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = new ZoneRule[]
    {
        new SpfSyntaxErrorRule(),
        new SpfNotQuotedRule(),
        new SpfGluedStringsRule(),
        new SpfMultipleRecordsRule(),
        new SpfPassAllRule(),
        new SpfNoAllOrRedirectRule(),
        new SpfTermsAfterAllRule(),
        new SpfPtrMechanismRule(),
        new SpfTypeRecordRule(),
        new SpfRecordTooLongRule(),
        new SpfNotRecognisedRule(),
    };
}
