using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Rules.Spf;
using ZoneLint.Core.Rules.Zone;

namespace ZoneLint.Core.Rules;

/// <summary>Every rule that runs over a parsed zone. (ZL1xxx are reported by the parser itself.)</summary>
public static class ZoneRules
{
    public static IReadOnlyList<ZoneRule> All { get; } = new ZoneRule[]
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
    }.Concat(SpfSyntaxRules.All).Concat(SpfLookupRules.All).ToArray();
}
