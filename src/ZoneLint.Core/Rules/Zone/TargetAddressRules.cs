using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2013: an NS target inside the zone must have an address in it (glue), as BIND's integrity check requires.</summary>
public sealed class NameServerWithoutAddressRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.NameServerWithoutAddress;

    public override void Analyze(ZoneContext context) => TargetAddress.Check(context, Descriptor, RRType.NS, "name server");
}

/// <summary>ZL2014: an MX or SRV target inside the zone with no address in it.</summary>
public sealed class TargetWithoutAddressRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TargetWithoutAddress;

    public override void Analyze(ZoneContext context)
    {
        TargetAddress.Check(context, Descriptor, RRType.MX, "mail exchanger");
        TargetAddress.Check(context, Descriptor, RRType.SRV, "service target");
    }
}

internal static class TargetAddress
{
    public static void Check(ZoneContext context, RuleDescriptor rule, ushort type, string role)
    {
        if (context.Apex.IsRoot) return;
        bool hasCuts = HasCuts(context);
        foreach (var record in context.Records)
        {
            if (record.Type != type || record.Rdata.Names.Count == 0 || (hasCuts && IsOccluded(context, record.Owner))) continue;
            var target = record.Rdata.Names[record.Rdata.Names.Count - 1];
            // "." is the null MX (RFC 7505) or "no service" SRV (RFC 2782); out-of-zone targets are another zone's business.
            if (target.Name.IsRoot || !target.Name.IsSubdomainOf(context.Apex)) continue;
            if (HasAddressOrAlias(context.RecordsAt(target.Name))) continue; // a CNAME is ZL2009's
            context.Report(rule, target.Token.Span,
                $"the {role} {target.Name} is in this zone but has no A or AAAA record; add its address or correct the {record.TypeName} target");
        }
    }

    private static bool HasAddressOrAlias(IReadOnlyList<ResourceRecord> records)
    {
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Type is RRType.A or RRType.AAAA or RRType.CNAME) return true;
        }
        return false;
    }

    /// <summary>Whether the zone has a delegation or a DNAME at all; most have neither, and then nothing is occluded.</summary>
    private static bool HasCuts(ZoneContext context)
    {
        foreach (var record in context.Records)
        {
            if (IsCut(record, context.Apex)) return true;
        }
        return false;
    }

    private static bool IsCut(ResourceRecord record, DomainName apex) =>
        record.Type == RRType.DNAME || (record.Type == RRType.NS && !record.Owner.Equals(apex));

    /// <summary>
    /// A name below a delegation (NS other than at the apex) or below a DNAME is not served from this zone
    /// (RFC 6672 §2.3), so BIND does not check its data: neither does ZoneLint.
    /// </summary>
    private static bool IsOccluded(ZoneContext context, DomainName owner)
    {
        for (var name = owner.Parent(); name.IsSubdomainOf(context.Apex); name = name.Parent())
        {
            foreach (var record in context.RecordsAt(name))
            {
                if (IsCut(record, context.Apex)) return true;
            }
            if (name.IsRoot) break;
        }
        return false;
    }
}
