using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Fixes;

/// <summary>The fix of every rule that has one, by rule ID.</summary>
public static class ZoneFixes
{
    public static IReadOnlyList<ZoneFix> All { get; } = new ZoneFix[]
    {
        new SplitCharacterStringFix(),
        new PastedCharactersFix(),
        new TrailingDotFix(RuleIds.OwnerRepeatsOrigin),
        new TrailingDotFix(RuleIds.RdataNameRepeatsOrigin),
        new MinimumTtlFix(),
        new QuoteSpfTextFix(),
        new MergeSpfRecordsFix(),
    };

    private static readonly Dictionary<string, ZoneFix> ById = All.ToDictionary(f => f.RuleId, System.StringComparer.Ordinal);

    public static ZoneFix? For(string ruleId) => ById.TryGetValue(ruleId, out var fix) ? fix : null;

    public static bool HasFix(string ruleId) => ById.ContainsKey(ruleId);
}
