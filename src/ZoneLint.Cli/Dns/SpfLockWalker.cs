using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Cli.Dns;

/// <summary>
/// Walks the SPF graph from every SPF record in the zones and asks DNS for what lies outside them: the TXT of every
/// include, redirect and exp target, the A and AAAA of `a` targets, the MX of `mx` targets and the addresses of
/// their first 10 exchanges (RFC 7208 §4.6.4), the A of `exists` targets; recursively through the providers' own
/// records. Names inside the zones are read from the zones and never asked. What it asked is what the lock pins.
/// </summary>
public sealed class SpfLockWalker
{
    /// <summary>Includes nested deeper than this are not followed (RFC 7208 allows 10 lookups in all).</summary>
    public const int MaxDepth = 20;

    /// <summary>
    /// The most DNS-querying terms (include, redirect, a, mx, ptr, exists) walked from one record of the zones. RFC
    /// 7208 §4.6.4 stops receivers at 10, so past this the lock has all a count needs to say "too many"; a hostile
    /// graph (each record including ten new names) stops here instead of at the run's query cap.
    /// </summary>
    public const int MaxLookupsPerRoot = 100;

    private const int MaxMxNames = 10;

    private readonly ZoneResolver _zones;
    private readonly ISpfResolver _external;
    private readonly Func<DateTimeOffset> _clock;
    private readonly Dictionary<(DomainName, ushort), LockedAnswer> _fetched = new();
    private readonly HashSet<DomainName> _visited = new();
    private readonly List<string> _notes = new();
    private int _lookups;

    public SpfLockWalker(IReadOnlyList<ZoneParseResult> zones, ISpfResolver external, Func<DateTimeOffset>? clock = null)
    {
        _zones = new ZoneResolver(zones);
        _external = external;
        var started = DateTimeOffset.UtcNow; // one date for the whole run, so a refresh reads as one change
        _clock = clock ?? (() => started);
        Roots = zones
            .SelectMany(z => z.Records)
            .Where(r => r.Type == RRType.TXT && r.Rdata.Strings.Count > 0)
            .Select(r => (r.Owner, Text: SpfText.FromCharacterStrings(r.Rdata.Strings)))
            .Where(r => SpfRecordParser.IsSpfRecord(r.Text.Value))
            .Select(r => (r.Owner, Record: SpfRecordParser.Parse(r.Text)))
            .ToList();
    }

    /// <summary>The zones of the run, answering for their own names.</summary>
    public ZoneResolver Zones => _zones;

    /// <summary>The SPF records of the zones, where every walk starts.</summary>
    public IReadOnlyList<(DomainName Owner, SpfRecord Record)> Roots { get; }

    /// <summary>The external answers, one per question asked.</summary>
    public IReadOnlyList<LockedAnswer> Answers => _fetched.Values.ToList();

    /// <summary>Lookups that failed (SERVFAIL, timeout): a lock written from them would pin an outage.</summary>
    public IEnumerable<LockedAnswer> Failures => _fetched.Values.Where(a => a.Status is DnsStatus.ServerFailure or DnsStatus.Timeout);

    /// <summary>What could not be locked, and why (a target that depends on the message, a loop, a record too deep).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public SpfLockWalker Walk()
    {
        foreach (var (owner, record) in Roots)
        {
            _visited.Add(owner);
            _lookups = 0;
            WalkRecord(owner, record, 0);
            if (_lookups > MaxLookupsPerRoot)
                _notes.Add($"{owner}: the SPF record's includes were not followed past {MaxLookupsPerRoot} lookups (receivers stop at 10)");
        }
        return this;
    }

    private void WalkRecord(DomainName domain, SpfRecord record, int depth)
    {
        foreach (var term in record.Terms)
        {
            if (term is SpfMechanism { Kind: SpfMechanismKind.Include or SpfMechanismKind.A or SpfMechanismKind.Mx or SpfMechanismKind.Ptr or SpfMechanismKind.Exists }
                or SpfModifier { IsRedirect: true }
                && ++_lookups > MaxLookupsPerRoot)
            {
                return;
            }
            switch (term)
            {
                case SpfMechanism { Kind: SpfMechanismKind.Include } include:
                    if (Target(include.DomainSpec, domain, term) is { } included) WalkDomain(included, term, depth + 1);
                    break;
                case SpfModifier { IsRedirect: true } redirect:
                    if (Target(redirect.Value, domain, term) is { } redirected) WalkDomain(redirected, term, depth + 1);
                    break;
                case SpfModifier { IsExp: true } exp:
                    if (Target(exp.Value, domain, term) is { } explanation) Ask(explanation, RRType.TXT);
                    break;
                case SpfMechanism { Kind: SpfMechanismKind.A } a:
                    if (Target(a.DomainSpec, domain, term) is { } host) AskAddresses(host);
                    break;
                case SpfMechanism { Kind: SpfMechanismKind.Mx } mx:
                    if (Target(mx.DomainSpec, domain, term) is { } mailDomain)
                    {
                        var exchanges = Ask(mailDomain, RRType.MX).Records
                            .Where(r => r.Type == RRType.MX)
                            .Select(DnsWire.TargetName)
                            .OfType<DomainName>()
                            .Take(MaxMxNames);
                        foreach (var exchange in exchanges) AskAddresses(exchange);
                    }
                    break;
                case SpfMechanism { Kind: SpfMechanismKind.Exists } exists:
                    if (Target(exists.DomainSpec, domain, term) is { } existing) Ask(existing, RRType.A);
                    break;
            }
        }
    }

    private void WalkDomain(DomainName target, SpfTerm term, int depth)
    {
        if (!_visited.Add(target)) return; // a loop, or a provider reached twice: its answers are already in
        if (depth > MaxDepth)
        {
            _notes.Add($"{term.Text}: not followed, includes nested deeper than {MaxDepth}");
            return;
        }
        var records = Ask(target, RRType.TXT).Records
            .Where(r => r.Type == RRType.TXT)
            .Select(SpfRecordFinder.TextOf)
            .Where(t => SpfRecordParser.IsSpfRecord(t.Value))
            .ToList();
        if (records.Count == 1) WalkRecord(target, SpfRecordParser.Parse(records[0]), depth);
    }

    private void AskAddresses(DomainName host)
    {
        Ask(host, RRType.A);
        Ask(host, RRType.AAAA);
    }

    /// <summary>From the zones when they hold the name; else from DNS, and recorded.</summary>
    private DnsAnswer Ask(DomainName name, ushort type)
    {
        if (_zones.IsAuthoritativeFor(name)) return _zones.Query(name, type);
        if (_fetched.TryGetValue((name, type), out var known)) return known.ToAnswer();
        var answer = _external.Query(name, type);
        if (answer.Status == DnsStatus.Unknown) return answer; // a resolver with no data: nothing to pin
        var locked = LockedAnswer.From(name, type, answer, _clock());
        _fetched[(name, type)] = locked;
        return locked.ToAnswer();
    }

    /// <summary>The target of a term, the current domain when none is written; null (with a note) when the message decides it.</summary>
    private DomainName? Target(SpfMacroString? spec, DomainName current, SpfTerm term)
    {
        if (spec == null) return current;
        var target = DomainSpecExpander.Expand(spec, current, out string? macros, out string? error);
        if (macros != null) _notes.Add($"{current} {term.Text}: not locked, the target depends on the message ({macros})");
        else if (error != null) _notes.Add($"{current} {term.Text}: not locked, {error}");
        return target;
    }
}
