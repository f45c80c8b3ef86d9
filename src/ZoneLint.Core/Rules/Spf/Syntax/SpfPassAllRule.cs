using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>ZL3009: `+all` or a bare `all` (the qualifier defaults to +, RFC 7208 §4.6.2): every host passes.</summary>
public sealed class SpfPassAllRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfPassAll;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            // Only the first all counts; one after it is ignored (ZL3011).
            var all = record.FirstMechanism(SpfMechanismKind.All);
            if (all == null || all.Qualifier != SpfQualifier.Pass) continue;
            string written = all.QualifierWritten ? $"'{all.Text}'" : "'all' with no qualifier (which means +all, RFC 7208 §4.6.2)";
            context.Report(Descriptor, all.Span ?? candidate.TextSpan,
                $"{written} gives pass to every host on the internet, so anyone can send mail as {candidate.Record.Owner}; " +
                "end with ~all (soft fail) or -all (fail)");
        }
    }
}
