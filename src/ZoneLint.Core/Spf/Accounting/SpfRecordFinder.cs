using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Accounting;

/// <summary>An SPF record found at a domain, and the zone record it is written in, if any.</summary>
public sealed class SpfFetched
{
    public SpfFetched(DomainName domain, SpfRecord record, ResourceRecord? zoneRecord)
    {
        Domain = domain;
        Record = record;
        ZoneRecord = zoneRecord;
    }

    public DomainName Domain { get; }

    public SpfRecord Record { get; }

    /// <summary>The TXT record in a zone file of this run; null for data from a lock file or DNS.</summary>
    public ResourceRecord? ZoneRecord { get; }
}

/// <summary>What looking for a domain's SPF record gave.</summary>
public sealed class SpfFindResult
{
    internal SpfFindResult(LookupStatus status, string? detail, SpfFetched? fetched, bool isVoid)
    {
        Status = status;
        Detail = detail;
        Fetched = fetched;
        IsVoid = isVoid;
    }

    /// <summary>Ok (one record, possibly with syntax errors: see <see cref="SpfRecord.IsValid"/>), NoSpf, Unknown or Error.</summary>
    public LookupStatus Status { get; }

    public string? Detail { get; }

    public SpfFetched? Fetched { get; }

    /// <summary>The TXT query returned NXDOMAIN or no records (§4.6.4).</summary>
    public bool IsVoid { get; }
}

/// <summary>RFC 7208 §4.5: the SPF record of a domain is its one TXT record that starts with `v=spf1`.</summary>
public static class SpfRecordFinder
{
    public static SpfFindResult Find(ISpfResolver resolver, DomainName domain)
    {
        var answer = resolver.Query(domain, RRType.TXT);
        switch (answer.Status)
        {
            case DnsStatus.Unknown:
                return new SpfFindResult(LookupStatus.Unknown, "not in the zones or the lock file, not followed", null, false);
            case DnsStatus.ServerFailure:
            case DnsStatus.Timeout:
                return new SpfFindResult(LookupStatus.DnsFailure, $"lookup failed (temperror){Reason(answer)}", null, false);
            case DnsStatus.NxDomain:
                return new SpfFindResult(LookupStatus.NoSpf, "does not exist", null, true);
        }
        var found = new List<(SpfText Text, DnsRecord Record)>();
        foreach (var record in answer.Records.Where(r => r.Type == RRType.TXT))
        {
            var text = TextOf(record);
            if (SpfRecordParser.IsSpfRecord(text.Value)) found.Add((text, record));
        }
        if (found.Count == 0)
        {
            string detail = answer.Records.Count == 0 ? "has no TXT records" : "has TXT records but none starts with v=spf1";
            return new SpfFindResult(LookupStatus.NoSpf, detail, null, answer.IsVoid);
        }
        if (found.Count > 1)
            return new SpfFindResult(LookupStatus.Error, $"has {found.Count} SPF records (permerror, RFC 7208 §4.5)", null, false);
        var (spfText, dns) = found[0];
        var fetched = new SpfFetched(domain, SpfRecordParser.Parse(spfText), dns.ZoneRecord);
        return new SpfFindResult(LookupStatus.Ok, null, fetched, false);
    }

    /// <summary>The joined text of a TXT record; from the zone's character-strings when it has them, so spans point into the file.</summary>
    public static SpfText TextOf(DnsRecord record) =>
        record.ZoneRecord is { } zone && zone.Rdata.Strings.Count > 0
            ? SpfText.FromCharacterStrings(zone.Rdata.Strings)
            : SpfText.FromOctets(DnsWire.CharacterStrings(record.Rdata));

    private static string Reason(DnsAnswer answer) => answer.Error == null ? "" : ": " + answer.Error;
}
