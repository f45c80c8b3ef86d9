using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>
/// The verifier for the one-record SPF rules: it compares the syntax findings of the parser and the lexer and every
/// one-record SPF rule, so a test also catches one of these rules reporting a mistake another already reports. The
/// lookup rules (ZL3005-ZL3008, ZL3015, ZL3017-ZL3020) have their own tests and are left out here.
/// </summary>
internal static class SpfSyntaxVerifier
{
    public static readonly RuleVerifier Verifier = RuleVerifier.Core().Only(
        "ZL1001", "ZL1006", "ZL3001", "ZL3002", "ZL3003", "ZL3004", "ZL3009", "ZL3010", "ZL3011", "ZL3012", "ZL3013", "ZL3014", "ZL3016");
}
