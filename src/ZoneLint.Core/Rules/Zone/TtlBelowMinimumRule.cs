using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2003: a TTL below the configured minimum, reported where it is written (the record or the $TTL).</summary>
public sealed class TtlBelowMinimumRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TtlBelowMinimum;

    public override void Analyze(ZoneContext context)
    {
        uint minimum = context.Settings.MinimumTtl;
        foreach (var directive in context.Zone.TtlDirectives)
        {
            if (directive.Value < minimum)
                context.Report(Descriptor, directive.Token.Span, Message($"$TTL {directive.Token.Text}", directive.Value, minimum));
        }
        foreach (var record in context.Records)
        {
            if (record.Ttl >= minimum) continue;
            if (record.TtlSource == TtlSource.Explicit && record.TtlSpan is { } ttlSpan)
                context.Report(Descriptor, ttlSpan, Message($"the TTL of this {record.TypeName} record", record.Ttl, minimum));
            else if (record.TtlSource == TtlSource.SoaMinimum)
                context.Report(Descriptor, record.Span, Message("the SOA minimum field, used as this record's TTL,", record.Ttl, minimum));
        }
    }

    private static string Message(string what, uint ttl, uint minimum) =>
        $"{what} is {ttl} seconds, below the minimum of {minimum}; raise it (300 or 3600 are usual), or lower minimumTtl in zonelint.json if it is meant";
}
