using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Rules.Review;

/// <summary>
/// The zone as it was at a base revision (`zonelint check --base REV`), for the rules that review a change. Its SPF
/// includes are followed through the zones of the run as they were at that revision, then the run's lock file or DNS.
/// </summary>
public sealed class ZoneBase
{
    private ZoneContext? _context;

    public ZoneBase(string revision, ZoneParseResult zone, ISpfResolver spfResolver)
    {
        Revision = revision;
        Zone = zone;
        SpfResolver = spfResolver;
    }

    /// <summary>The revision as the user named it, for messages.</summary>
    public string Revision { get; }

    public ZoneParseResult Zone { get; }

    public ISpfResolver SpfResolver { get; }

    /// <summary>A rule context over the base zone, whose findings go nowhere: the base is only compared with.</summary>
    internal ZoneContext Context => _context ??= new ZoneContext(Zone, new RuleSettings { SpfResolver = SpfResolver }, new DiagnosticBag());
}
