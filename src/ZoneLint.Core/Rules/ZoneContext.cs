using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules;

/// <summary>What a rule sees: the parsed zone, indexes built once for all rules, and the place to report.</summary>
public sealed class ZoneContext
{
    private Dictionary<DomainName, List<ResourceRecord>>? _byOwner;

    public ZoneContext(ZoneParseResult zone, RuleSettings settings, DiagnosticBag diagnostics)
    {
        Zone = zone;
        Settings = settings;
        Diagnostics = diagnostics;
    }

    /// <summary>A context for another group of rules over the same zone, sharing this one's index by owner.</summary>
    internal ZoneContext ForGroup(DiagnosticBag diagnostics) =>
        new(Zone, Settings, diagnostics) { _byOwner = _byOwner ?? GroupByOwner(Zone.Records) };

    public ZoneParseResult Zone { get; }

    public DomainName Apex => Zone.Origin;

    public IReadOnlyList<ResourceRecord> Records => Zone.Records;

    public RuleSettings Settings { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Records grouped by owner name, each group in file order.</summary>
    public IReadOnlyDictionary<DomainName, List<ResourceRecord>> RecordsByOwner => _byOwner ??= GroupByOwner(Zone.Records);

    public IReadOnlyList<ResourceRecord> RecordsAt(DomainName name) =>
        RecordsByOwner.TryGetValue(name, out var list) ? list : (IReadOnlyList<ResourceRecord>)System.Array.Empty<ResourceRecord>();

    public void Report(RuleDescriptor rule, SourceSpan span, string message) => Diagnostics.Report(rule, span, message);

    private static Dictionary<DomainName, List<ResourceRecord>> GroupByOwner(IReadOnlyList<ResourceRecord> records)
    {
        var result = new Dictionary<DomainName, List<ResourceRecord>>();
        foreach (var record in records)
        {
            if (!result.TryGetValue(record.Owner, out var list)) result[record.Owner] = list = new List<ResourceRecord>();
            list.Add(record);
        }
        return result;
    }
}

/// <summary>The values rules take from the configuration.</summary>
public sealed class RuleSettings
{
    /// <summary>ZL2003: the lowest TTL accepted, in seconds.</summary>
    public uint MinimumTtl { get; set; } = 60;

    /// <summary>
    /// Where SPF rules look up include and redirect targets: every zone of the run, then a lock file or DNS.
    /// Null: only the zone being checked.
    /// </summary>
    public Dns.ISpfResolver? SpfResolver { get; set; }

    /// <summary>ZL3006: a record with this many DNS lookups or more (and at most 10) gets a warning.</summary>
    public int SpfLookupWarningThreshold { get; set; } = Configuration.SpfSettings.DefaultLookupWarningThreshold;

    /// <summary>ZL3017: the senders that must get `pass`, per domain (zonelint.json "spf": { "senders" }).</summary>
    public System.Collections.Generic.IReadOnlyList<Configuration.SpfSender> SpfSenders { get; set; } = System.Array.Empty<Configuration.SpfSender>();

    /// <summary>The zone at the base revision (`zonelint check --base REV`); null: no change is reviewed (ZL2015, ZL2016, ZL3021).</summary>
    public Review.ZoneBase? Base { get; set; }

    /// <summary>The date a suggested YYYYMMDDnn serial takes (ZL2015); null: today, in UTC.</summary>
    public System.DateTime? Today { get; set; }

    /// <summary>ZL3020: one ledger per run, so each external domain is reported once; null: once per zone.</summary>
    public Spf.Lookups.ExternalIncludeLedger? SpfExternalIncludes { get; set; }
}
