using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>ZL3014: an SPF record over 450 octets (RFC 7208 §3.4), counted as receivers join it.</summary>
public sealed class SpfRecordTooLongRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfRecordTooLong;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            int octets = record.Text.Value.Length;
            if (octets <= SpfRecordMerger.AdvisedOctets) continue;
            context.Report(Descriptor, candidate.TextSpan,
                $"the SPF record is {octets} octets; RFC 7208 §3.4 advises at most {SpfRecordMerger.AdvisedOctets} so that the DNS answer fits in 512 octets, " +
                "or some receivers fall back to TCP or fail; merge ip4 networks, drop includes you no longer use, or move part of it behind an include of your own");
        }
    }
}
