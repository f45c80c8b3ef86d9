using System;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Review;

/// <summary>ZL2015: the records changed since the base revision, but the SOA serial did not increase (RFC 1982).</summary>
public sealed class SerialNotIncreasedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SerialNotIncreased;

    public override void Analyze(ZoneContext context)
    {
        if (context.Settings.Base is not { } zoneBase) return;
        var soa = ApexSoa(context.Records, context.Apex);
        var oldSoa = ApexSoa(zoneBase.Zone.Records, zoneBase.Zone.Origin);
        if (soa == null || oldSoa == null) return;

        uint serial = ZoneSerial.Of(soa), old = ZoneSerial.Of(oldSoa);
        if (ZoneSerial.IsGreater(serial, old)) return;
        var change = RecordChange.Between(zoneBase.Zone.Records, context.Records);
        if (change.IsEmpty) return;

        string was = serial == old ? $"is still {serial}" : $"went from {old} down to {serial}";
        uint next = ZoneSerial.Next(old, context.Settings.Today ?? DateTime.UtcNow);
        string form = ZoneSerial.IsDateForm(old) ? " (YYYYMMDDnn)" : "";
        context.Report(Descriptor, SerialSpan(soa),
            $"the zone changed since {zoneBase.Revision} ({change.Describe()}) but the SOA serial {was}: secondary servers " +
            $"will not transfer the change (RFC 1982). Use {next}{form}");
    }

    private static ResourceRecord? ApexSoa(System.Collections.Generic.IReadOnlyList<ResourceRecord> records, DomainName apex) =>
        records.FirstOrDefault(r => r.Type == RRType.SOA && r.Owner == apex && r.Rdata.Wire.Length >= 20);

    /// <summary>The serial as written: the third RDATA field (MNAME, RNAME, SERIAL, ...), else the whole record.</summary>
    private static SourceSpan SerialSpan(ResourceRecord soa) =>
        !soa.Generated && soa.RdataTokens.Count > 2 ? soa.RdataTokens[2].Span : soa.Span;
}
