using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Dns;

/// <summary>
/// One pinned DNS answer of a lock file: the question, how it ended, its records in wire form, and when it was
/// fetched (UTC). An answer that came through a CNAME holds the target's records, whose owner is the target.
/// </summary>
public sealed class LockedAnswer
{
    public LockedAnswer(DomainName name, ushort type, DnsStatus status, DateTimeOffset fetched, IReadOnlyList<DnsRecord> records, string? error = null)
    {
        if (status == DnsStatus.Unknown) throw new ArgumentException("a lock file pins answers, and Unknown is not one", nameof(status));
        Name = name;
        Type = type;
        Status = status;
        Fetched = fetched.ToUniversalTime();
        Records = records;
        Error = error;
    }

    public DomainName Name { get; }

    public ushort Type { get; }

    public DnsStatus Status { get; }

    /// <summary>When this answer was fetched in its present form; a refresh that finds the same data keeps the date.</summary>
    public DateTimeOffset Fetched { get; }

    public IReadOnlyList<DnsRecord> Records { get; }

    /// <summary>Why the lookup failed, for SERVFAIL and TIMEOUT answers.</summary>
    public string? Error { get; }

    /// <summary>The owner of the records when it differs from <see cref="Name"/> (a CNAME was followed).</summary>
    public DomainName? Owner => Records.Count > 0 && Records[0].Owner != Name ? Records[0].Owner : null;

    public DnsAnswer ToAnswer() => new(Status, Records, Error);

    public static LockedAnswer From(DomainName name, ushort type, DnsAnswer answer, DateTimeOffset fetched) =>
        new(name, type, answer.Status, fetched, answer.Records.Select(r => new DnsRecord(r.Owner, r.Type, r.Rdata)).ToList(), answer.Error);

    /// <summary>Same status, owner and records, in any order; the date and the error text are not data.</summary>
    public bool HasSameDataAs(LockedAnswer other)
    {
        if (Status != other.Status || Owner != other.Owner || Records.Count != other.Records.Count) return false;
        var mine = SortedRdata(this);
        var theirs = SortedRdata(other);
        for (int i = 0; i < mine.Count; i++)
        {
            if (mine[i].Type != theirs[i].Type || LockRdata.CompareCanonical(mine[i].Rdata, theirs[i].Rdata) != 0) return false;
        }
        return true;
    }

    private static List<DnsRecord> SortedRdata(LockedAnswer answer) =>
        answer.Records.OrderBy(r => r.Type).ThenBy(r => r.Rdata, LockRdata.CanonicalComparer).ToList();
}

/// <summary>
/// The pinned SPF and address data of the external domains a set of zones reaches (zonelint.lock.json): written by
/// `zonelint spf lock`, read by <see cref="LockFileReader"/>, answered from by <see cref="LockFileResolver"/>.
/// </summary>
public sealed class LockFile
{
    public const string DefaultFileName = "zonelint.lock.json";

    /// <summary>The format version this code writes and reads (docs/lock-file.md).</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<(DomainName, ushort), LockedAnswer> _byQuestion = new();

    /// <summary>A later answer to the same question replaces an earlier one.</summary>
    public LockFile(IEnumerable<LockedAnswer> answers)
    {
        foreach (var answer in answers) _byQuestion[(answer.Name, answer.Type)] = answer;
        Answers = _byQuestion.Values
            .OrderBy(a => a.Name, NameOrder)
            .ThenBy(a => a.Type)
            .ToList();
    }

    public static LockFile Empty { get; } = new(Array.Empty<LockedAnswer>());

    /// <summary>The order names are written in: RFC 4034 §6.1 canonical order, so a provider's names stay together.</summary>
    public static IComparer<DomainName> NameOrder => LockRdata.CanonicalNameComparer;

    /// <summary>Non-text RDATA as the lock file writes it: an address, `10 mx.example.`, a name, or `\# 4 c0000201`.</summary>
    public static string FormatRdata(ushort type, byte[] rdata) => LockRdata.Format(type, rdata);

    /// <summary>Every answer, in canonical name order (RFC 4034 §6.1), then by type number.</summary>
    public IReadOnlyList<LockedAnswer> Answers { get; }

    public IEnumerable<DomainName> Domains => Answers.Select(a => a.Name).Distinct();

    public LockedAnswer? Find(DomainName name, ushort type) => _byQuestion.TryGetValue((name, type), out var answer) ? answer : null;

    /// <summary>
    /// This lock with <paramref name="fresh"/> answers, keeping the date of an answer whose data did not change, so
    /// that refreshing a lock when nothing changed in DNS leaves the file as it was.
    /// </summary>
    public LockFile Refresh(IEnumerable<LockedAnswer> fresh) =>
        new(fresh.Select(answer => Find(answer.Name, answer.Type) is { } old && old.HasSameDataAs(answer) ? old : answer));
}

/// <summary>Answers from a lock file. A question it does not pin is <see cref="DnsStatus.Unknown"/>, so a chain asks on.</summary>
public sealed class LockFileResolver : ISpfResolver
{
    private readonly LockFile _lock;

    public LockFileResolver(LockFile lockFile) => _lock = lockFile;

    public DnsAnswer Query(DomainName name, ushort type) => _lock.Find(name, type)?.ToAnswer() ?? DnsAnswer.Unknown;
}
