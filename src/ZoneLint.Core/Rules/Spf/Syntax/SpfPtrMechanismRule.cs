using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>ZL3012: the `ptr` mechanism, which RFC 7208 §5.5 says not to use; one finding per ptr term.</summary>
public sealed class SpfPtrMechanismRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfPtrMechanism;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            if (record.FirstMechanism(SpfMechanismKind.Ptr) == null) continue;
            foreach (var ptr in record.Mechanisms.Where(m => m.Kind == SpfMechanismKind.Ptr))
            {
                context.Report(Descriptor, ptr.Span ?? candidate.TextSpan,
                    $"'{ptr.Text}': RFC 7208 §5.5 says ptr should not be used; it is slow, fails when reverse DNS is missing, and some receivers skip it; " +
                    "list the sending hosts with ip4:/ip6: networks or an a: mechanism instead");
            }
        }
    }
}
