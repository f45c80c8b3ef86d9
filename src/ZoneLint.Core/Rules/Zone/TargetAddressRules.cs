using System.Linq;
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
        foreach (var record in context.Records)
        {
            if (record.Type != type || record.Rdata.Names.Count == 0 || IsOccluded(context, record.Owner)) continue;
            var target = record.Rdata.Names[record.Rdata.Names.Count - 1];
            // "." is the null MX (RFC 7505) or "no service" SRV (RFC 2782); out-of-zone targets are another zone's business.
            if (target.Name.IsRoot || !target.Name.IsSubdomainOf(context.Apex)) continue;
            var atTarget = context.RecordsAt(target.Name);
            if (atTarget.Any(r => r.Type is RRType.A or RRType.AAAA or RRType.CNAME)) continue; // a CNAME is ZL2009's
            context.Report(rule, target.Token.Span,
                $"the {role} {target.Name} is in this zone but has no A or AAAA record; add its address or correct the {record.TypeName} target");
        }
    }

    /// <summary>
    /// A name below a delegation (NS other than at the apex) or below a DNAME is not served from this zone
    /// (RFC 6672 §2.3), so BIND does not check its data: neither does ZoneLint.
    /// </summary>
    private static bool IsOccluded(ZoneContext context, DomainName owner)
    {
        for (var name = owner.Parent(); name.IsSubdomainOf(context.Apex); name = name.Parent())
        {
            var records = context.RecordsAt(name);
            if (records.Any(r => r.Type == RRType.DNAME || (r.Type == RRType.NS && !name.Equals(context.Apex)))) return true;
            if (name.IsRoot) break;
        }
        return false;
    }
}
