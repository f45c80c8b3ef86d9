using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Dns;

/// <summary>How a DNS question ended (RFC 1035 §4.1.1 RCODEs, plus the cases a resolver adds).</summary>
public enum DnsStatus
{
    /// <summary>The name exists; the records may be none (NODATA).</summary>
    NoError,

    /// <summary>The name does not exist (RCODE 3).</summary>
    NxDomain,

    /// <summary>SERVFAIL or another error RCODE.</summary>
    ServerFailure,

    /// <summary>No answer in time.</summary>
    Timeout,

    /// <summary>This resolver has no data for the name (offline, outside every zone given); a chain asks the next one.</summary>
    Unknown,
}

/// <summary>One answer record: its type and RDATA in wire form, and the zone record it came from, if any.</summary>
public sealed record DnsRecord(DomainName Owner, ushort Type, byte[] Rdata, ResourceRecord? ZoneRecord = null);

/// <summary>The answer to one question. CNAMEs are already followed: <see cref="Records"/> holds the target's data.</summary>
public sealed class DnsAnswer
{
    public DnsAnswer(DnsStatus status, IReadOnlyList<DnsRecord> records, string? error = null)
    {
        Status = status;
        Records = records;
        Error = error;
    }

    public DnsStatus Status { get; }

    public IReadOnlyList<DnsRecord> Records { get; }

    /// <summary>Why a lookup failed (for ZL9002 and temperror explanations).</summary>
    public string? Error { get; }

    /// <summary>
    /// For <see cref="DnsStatus.Unknown"/>: a CNAME this resolver followed leads to this name, which it does not know;
    /// the next resolver of a chain should be asked about it rather than about the original name.
    /// </summary>
    public DomainName? ContinueAt { get; init; }

    public static DnsAnswer NxDomain { get; } = new(DnsStatus.NxDomain, System.Array.Empty<DnsRecord>());

    public static DnsAnswer Unknown { get; } = new(DnsStatus.Unknown, System.Array.Empty<DnsRecord>());

    public static DnsAnswer NoData { get; } = new(DnsStatus.NoError, System.Array.Empty<DnsRecord>());

    /// <summary>RFC 7208 §4.6.4: a void lookup is one that returns NXDOMAIN or no records.</summary>
    public bool IsVoid => (Status == DnsStatus.NoError && Records.Count == 0) || Status == DnsStatus.NxDomain;
}

/// <summary>
/// What SPF evaluation and lookup accounting ask of DNS: the zones being linted, a lock file, or live DNS.
/// Synchronous, because the analyzer and the task cannot await, and SPF lookups are sequential anyway.
/// </summary>
public interface ISpfResolver
{
    DnsAnswer Query(DomainName name, ushort type);
}
