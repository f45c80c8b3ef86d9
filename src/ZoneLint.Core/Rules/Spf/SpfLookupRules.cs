using System.Collections.Generic;
using ZoneLint.Core.Rules.Review;
using ZoneLint.Core.Rules.Spf.Lookups;

namespace ZoneLint.Core.Rules.Spf;

/// <summary>The SPF rules that follow includes and redirects: lookup counts, void lookups, loops, senders.</summary>
public static class SpfLookupRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = new ZoneRule[]
    {
        new TooManyDnsLookupsRule(),
        new LookupBudgetNearlySpentRule(),
        new TooManyVoidLookupsRule(),
        new IncludeTargetWithoutSpfRule(),
        new IncludeLoopRule(),
        new TooManyLookupNamesRule(),
        new MissingSpfForMailDomainRule(),
        new ExternalIncludeNotFollowedRule(),
        new SenderNotAuthorisedRule(),
        new DnsLookupFailedRule(),
        new SpfLookupsGrewRule(),
    };
}
