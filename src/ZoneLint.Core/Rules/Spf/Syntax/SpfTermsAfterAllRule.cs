using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3011: mechanisms after `all` are never evaluated (RFC 7208 §5.1), and `redirect=` beside `all` is ignored
/// (§6.1). One finding per ignored term, at the term. Modifiers after all (exp=, unknown ones) still apply.
/// </summary>
public sealed class SpfTermsAfterAllRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfTermsAfterAll;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            var all = record.FirstMechanism(SpfMechanismKind.All);
            if (all == null) continue;
            // The usual record: all at the end and no redirect, so nothing to report (and nothing to build).
            if (ReferenceEquals(all, record.Terms[record.Terms.Count - 1]) && record.Redirect == null) continue;
            foreach (var mechanism in record.Mechanisms.Where(m => m.Start > all.Start))
            {
                context.Report(Descriptor, mechanism.Span ?? candidate.TextSpan,
                    $"'{mechanism.Text}' stands after '{all.Text}', where evaluation has already stopped (RFC 7208 §5.1), so it never takes effect; " +
                    $"move it before '{all.Text}' or remove it");
            }
            foreach (var redirect in record.Terms.OfType<SpfModifier>().Where(m => m.IsRedirect))
            {
                context.Report(Descriptor, redirect.Span ?? candidate.TextSpan,
                    $"'{redirect.Text}' is ignored because the record has '{all.Text}' (RFC 7208 §6.1); " +
                    $"remove it, or write include:{redirect.Value.Text} before '{all.Text}' if its senders must pass");
            }
        }
    }
}
