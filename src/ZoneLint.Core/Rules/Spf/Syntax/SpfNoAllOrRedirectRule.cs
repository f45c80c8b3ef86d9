using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3010: no `all` and no `redirect=`, so a sender that matches nothing gets neutral (RFC 7208 §4.7). Not reported
/// for a record with a syntax error or a misspelt modifier: it is permerror or ignored (ZL3001), and the bad term
/// may be the `all` or `redirect=` that was meant.
/// </summary>
public sealed class SpfNoAllOrRedirectRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfNoAllOrRedirect;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            if (!record.IsValid || record.Redirect != null || record.FirstMechanism(SpfMechanismKind.All) != null) continue;
            // A misspelt redirect (`redirct=`) is ZL3001's to report; its fix ends the record as meant.
            if (record.Terms.OfType<SpfModifier>().Any(m => SpfSyntaxErrorRule.IgnoredModifier(m) != null)) continue;
            string suggested = record.Text.Value.TrimEnd() + " ~all";
            context.Report(Descriptor, candidate.TextSpan,
                "the record has neither 'all' nor 'redirect=', so a sender that matches none of its terms gets neutral (RFC 7208 §4.7), " +
                $"which protects nothing; end it with ~all or -all: {SpfZoneText.Line(candidate.Record, suggested)}");
        }
    }
}
