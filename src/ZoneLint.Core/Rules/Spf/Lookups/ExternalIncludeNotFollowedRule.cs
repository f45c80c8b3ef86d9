using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>
/// ZL3020 (info): an include or redirect outside the zones, the lock file and (offline) DNS, so its lookups are not
/// counted. Reported once per external domain per run (<see cref="RuleSettings.SpfExternalIncludes"/>), never louder
/// than info, so a build stays quiet about `include:_spf.google.com`.
/// </summary>
public sealed class ExternalIncludeNotFollowedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfExternalIncludeNotFollowed;

    public override void Analyze(ZoneContext context)
    {
        var ledger = context.Settings.SpfExternalIncludes;
        var local = new HashSet<DomainName>();
        foreach (var blame in SpfZoneLookups.For(context).Find(LookupNode.Flag(LookupStatus.Unknown), n => n.FollowsRecord && n.Status == LookupStatus.Unknown))
        {
            var domain = blame.Node.Domain!;
            if (!local.Add(domain) || (ledger != null && !ledger.TryClaim(domain))) continue;
            string where = blame.IsDirect ? blame.Node.Term!.Text : blame.Chain;
            context.Report(Descriptor, blame.Span,
                $"{where}: {domain} is outside the zones being linted and not in the lock file, so its lookups are not counted " +
                "and the totals are lower bounds; record it with `zonelint spf lock`, or run with --online");
        }
    }
}

/// <summary>The external domains ZL3020 has reported in one run, so each is reported once. Thread-safe.</summary>
public sealed class ExternalIncludeLedger
{
    private readonly HashSet<DomainName> _reported = new();

    /// <summary>True the first time a domain is claimed in the run.</summary>
    public bool TryClaim(DomainName domain)
    {
        lock (_reported) return _reported.Add(domain);
    }
}
