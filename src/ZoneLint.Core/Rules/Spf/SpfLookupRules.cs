using System.Collections.Generic;
namespace ZoneLint.Core.Rules.Spf;
public static class SpfLookupRules { public static IReadOnlyList<ZoneRule> All { get; } = System.Array.Empty<ZoneRule>(); }
