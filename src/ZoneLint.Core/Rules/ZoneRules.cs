using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Rules.Mail;
using ZoneLint.Core.Rules.Review;
using ZoneLint.Core.Rules.Spf;
using ZoneLint.Core.Rules.Zone;

namespace ZoneLint.Core.Rules;

/// <summary>Every rule that runs over a parsed zone. (ZL1xxx are reported by the parser itself.)</summary>
public static class ZoneRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = Zone().Concat(SpfSyntaxRules.All).Concat(SpfLookupRules.All).Concat(MailRules.All).ToArray();

    /// <summary>
    /// <see cref="All"/> in three groups that share no state but the parsed zone and its index by owner, so a large zone
    /// can run them side by side: the zone rules, the SPF rules (which share their classified record sets), and the
    /// mail-authentication rules (DMARC, DKIM, MTA-STS, TLS-RPT). In order, the groups are <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ZoneRule>> IndependentGroups { get; } = new IReadOnlyList<ZoneRule>[]
    {
        All.Take(All.Count - SpfRuleCount - MailRules.All.Count).ToArray(),
        All.Skip(All.Count - SpfRuleCount - MailRules.All.Count).Take(SpfRuleCount).ToArray(),
        All.Skip(All.Count - MailRules.All.Count).ToArray(),
    };

    private static int SpfRuleCount => SpfSyntaxRules.All.Count + SpfLookupRules.All.Count;

    private static ZoneRule[] Zone() => new ZoneRule[]
    {
        new OwnerRepeatsOriginRule(),
        new RdataNameRepeatsOriginRule(),
        new TtlBelowMinimumRule(),
        new MissingTtlRule(),
        new InconsistentRRsetTtlRule(),
        new CnameAndOtherDataRule(),
        new OutOfZoneRecordRule(),
        new DuplicateRecordRule(),
        new TargetIsCnameRule(),
        new SoaPlacementRule(),
        new MissingSoaRule(),
        new MissingApexNsRule(),
        new NameServerWithoutAddressRule(),
        new TargetWithoutAddressRule(),
        new SerialNotIncreasedRule(),
        new RemovedNameStillReferencedRule(),
    };
}
