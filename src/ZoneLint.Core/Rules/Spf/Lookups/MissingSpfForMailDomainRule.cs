using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>
/// ZL3019: a name that receives mail (MX records, not a null MX of RFC 7505) and publishes no SPF record, the cause
/// of Gmail's `550-5.7.26` rejections. Reported at the first MX. A TXT that was meant as SPF but is not recognised
/// is ZL3002/ZL3016's finding, not this one.
/// </summary>
public sealed class MissingSpfForMailDomainRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfMissingForMailDomain;

    public override void Analyze(ZoneContext context)
    {
        foreach (var pair in context.RecordsByOwner)
        {
            var mx = pair.Value.Find(r => r.Type == RRType.MX && !r.IsNullMx);
            if (mx == null) continue;
            // Any record meant as SPF, even damaged or of type 99, is another rule's finding (ZL3002, ZL3013, ZL3016).
            if (SpfRecordSets.At(context, pair.Key) is { } set && HasSpfMeant(set)) continue;
            context.Report(Descriptor, mx.TypeSpan,
                $"{pair.Key} receives mail (MX) but publishes no SPF record, so receivers cannot authenticate mail from it " +
                $"(Gmail: 550-5.7.26 This mail is unauthenticated); publish one TXT record at {pair.Key} such as \"v=spf1 mx ~all\", listing the servers that send its mail");
        }
    }

    private static bool HasSpfMeant(SpfRecordSet set)
    {
        foreach (var candidate in set.Candidates)
        {
            if (candidate.Form != SpfCandidateForm.Other) return true;
        }
        return false;
    }
}
