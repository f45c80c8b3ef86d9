using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>ZL2009: an MX exchange or NS host that is an alias in this zone (RFC 2181 §10.3, RFC 5321 §5.1).</summary>
public sealed class TargetIsCnameRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TargetIsCname;

    public override void Analyze(ZoneContext context)
    {
        foreach (var record in context.Records)
        {
            if (record.Type is not (RRType.MX or RRType.NS) || record.Rdata.Names.Count == 0) continue;
            var target = record.Rdata.Names[0];
            var cname = context.FirstAt(target.Name, RRType.CNAME);
            if (cname == null) continue;
            string role = record.Type == RRType.MX ? "mail exchanger" : "name server";
            string canonical = cname.Rdata.Names.Count > 0 ? cname.Rdata.Names[0].Name.ToString() : "its target";
            context.Report(Descriptor, target.Token.Span,
                $"the {role} {target.Name} is a CNAME (line {cname.Span.StartLine}) for {canonical}; {record.TypeName} must name the canonical host, so write {canonical}");
        }
    }
}
