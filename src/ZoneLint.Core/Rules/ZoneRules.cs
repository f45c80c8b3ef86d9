using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Rules.Review;
using ZoneLint.Core.Rules.Spf;
using ZoneLint.Core.Rules.Zone;

namespace ZoneLint.Core.Rules;

/// <summary>Every rule that runs over a parsed zone. (ZL1xxx are reported by the parser itself.)</summary>
public static class ZoneRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = Zone().Concat(SpfSyntaxRules.All).Concat(SpfLookupRules.All).ToArray();

    /// <summary>
    /// <see cref="All"/> in two groups that share no state but the parsed zone and its index by owner, so a large zone
    /// can run them side by side: the zone rules, and the SPF rules (which share their classified record sets).
    /// In order, the groups are <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ZoneRule>> IndependentGroups { get; } = new IReadOnlyList<ZoneRule>[]
    {
        All.Take(All.Count - SpfSyntaxRules.All.Count - SpfLookupRules.All.Count).ToArray(),
        All.Skip(All.Count - SpfSyntaxRules.All.Count - SpfLookupRules.All.Count).ToArray(),
    };

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
