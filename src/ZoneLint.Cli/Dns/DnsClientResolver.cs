using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using DnsClient;
using DnsClient.Protocol;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli.Dns;

/// <summary>
/// Live DNS for SPF, through DnsClient: a per-try timeout with retries, TCP when a UDP answer is truncated, CNAMEs
/// followed to their target, a cache shared by the threads of one run, and bounds that a hostile or broken server
/// cannot push it past: queries per run, time per run, response size, records per answer, CNAME hops (see
/// <see cref="DnsClientResolverOptions"/>). It asks only what SPF asks (plus CNAME targets) of a recursive resolver,
/// and never throws: a failure is a SERVFAIL or a TIMEOUT answer whose <see cref="DnsAnswer.Error"/> says why
/// (ZL9002, temperror).
/// </summary>
public sealed class DnsClientResolver : ISpfResolver
{
    private readonly DnsClientResolverOptions _options;
    private readonly LookupClient? _client;
    private readonly string? _setupError;
    private readonly ConcurrentDictionary<(DomainName Name, ushort Type), Lazy<DnsAnswer>> _cache = new();
    private int _queriesSent;

    /// <summary>Started by the first query: the time budget counts time spent on DNS, not parsing before it.</summary>
    private Stopwatch? _clock;

    public DnsClientResolver(DnsClientResolverOptions? options = null)
    {
        _options = options ?? new DnsClientResolverOptions();
        try
        {
            var clientOptions = _options.NameServers is { Count: > 0 } servers
                ? new LookupClientOptions(servers.ToArray())
                : new LookupClientOptions();
            clientOptions.UseCache = false; // ours is per run and thread-safe; a TTL cache would only hide drift
            clientOptions.Timeout = _options.Timeout;
            clientOptions.Retries = Math.Max(0, _options.Retries);
            clientOptions.UseTcpFallback = true;
            clientOptions.ThrowDnsErrors = false;
            clientOptions.Recursion = true;
            clientOptions.ExtendedDnsBufferSize = Math.Clamp(_options.UdpPayloadSize, 512, 4096);
            clientOptions.ContinueOnEmptyResponse = false; // NODATA is an answer, not a reason to ask another server
            _client = new LookupClient(clientOptions);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or DnsResponseException or System.Net.Sockets.SocketException)
        {
            _setupError = "no DNS server to ask: " + e.Message;
        }
    }

    /// <summary>How many queries went to the network so far (cached answers cost none).</summary>
    public int QueriesSent => Volatile.Read(ref _queriesSent);

    public DnsAnswer Query(DomainName name, ushort type) =>
        _cache.GetOrAdd((name, type), key => new Lazy<DnsAnswer>(() => Resolve(key.Name, key.Type))).Value;

    private DnsAnswer Resolve(DomainName question, ushort type)
    {
        var current = question;
        var chain = new List<DomainName> { question };
        while (true)
        {
            var fetched = Fetch(current, type);
            if (fetched.Failure != null) return fetched.Failure;
            var response = fetched.Response!;

            // Walk the answer section from the name asked along any CNAMEs (RFC 1034 §4.3.2 step 3a).
            bool followedInResponse = false;
            while (true)
            {
                var owned = response.Answers.Where(r => r.RecordClass == QueryClass.IN && SameName(r.DomainName, current)).ToList();
                var data = owned.Where(r => (ushort)r.RecordType == type).ToList();
                if (data.Count > 0) return Encode(current, type, data);
                var cname = type == RRType.CNAME ? null : owned.OfType<CNameRecord>().FirstOrDefault();
                if (cname == null) break;
                var target = ToDomainName(cname.CanonicalName);
                if (target == null) return Failure(DnsStatus.ServerFailure, $"{current} has a CNAME to a name that cannot be read ('{cname.CanonicalName}')");
                if (chain.Contains(target)) return Failure(DnsStatus.ServerFailure, $"CNAME loop: {string.Join(" -> ", chain)} -> {target}");
                chain.Add(target);
                if (chain.Count - 1 > _options.MaxCnameChain)
                    return Failure(DnsStatus.ServerFailure, $"the CNAME chain from {question} is longer than {_options.MaxCnameChain}: {string.Join(" -> ", chain)}");
                current = target;
                followedInResponse = true;
            }

            var rcode = response.Header.ResponseCode;
            if (rcode == DnsHeaderResponseCode.NotExistentDomain) return DnsAnswer.NxDomain; // RFC 6604: about the last name of the chain
            if (rcode != DnsHeaderResponseCode.NoError)
                return Failure(DnsStatus.ServerFailure, $"{current} {RRType.ToName(type)}: the server answered {rcode} ({response.NameServer})");
            // A server that is not authoritative for the target gives only the CNAME: ask again for the target.
            if (!followedInResponse) return DnsAnswer.NoData;
        }
    }

    private (IDnsQueryResponse? Response, DnsAnswer? Failure) Fetch(DomainName name, ushort type)
    {
        if (_client == null) return (null, Failure(DnsStatus.ServerFailure, _setupError!));
        if (_clock == null) Interlocked.CompareExchange(ref _clock, Stopwatch.StartNew(), null);
        var remaining = _options.TimeBudget - _clock.Elapsed;
        if (remaining < _options.Timeout / 2) // too little left for a try of a quarter of the timeout, over UDP and TCP
            return (null, Failure(DnsStatus.Timeout, $"{name} {RRType.ToName(type)}: not asked, the time budget of {Seconds(_options.TimeBudget)} s for DNS in one run is spent"));
        int sent = Interlocked.Increment(ref _queriesSent);
        if (sent > _options.MaxQueries)
        {
            Interlocked.Decrement(ref _queriesSent);
            return (null, Failure(DnsStatus.ServerFailure, $"the cap of {_options.MaxQueries} DNS queries for one run was hit before {name} {RRType.ToName(type)} could be asked"));
        }
        var question = new DnsQuestion(name.ToString(), (QueryType)type, QueryClass.IN);
        try
        {
            var response = QueryWithin(question, remaining);
            if (!AnswersTheQuestion(response, name, type))
                return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: the response is for another question ({Describe(response.Questions)})"));
            if (response.MessageSize > _options.MaxResponseBytes)
                return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: the response is {response.MessageSize} bytes, over the limit of {_options.MaxResponseBytes}"));
            if (response.Answers.Count > _options.MaxAnswerRecords)
                return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: the answer has {response.Answers.Count} records, over the limit of {_options.MaxAnswerRecords}"));
            if (response.Header.ResultTruncated)
                return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: the answer was truncated and TCP did not give it whole"));
            return (response, null);
        }
        catch (DnsResponseException e) when (e.Code == DnsResponseCode.ConnectionTimeout)
        {
            return (null, Failure(DnsStatus.Timeout, $"{name} {RRType.ToName(type)}: no answer after {1 + _options.Retries} tries of {Seconds(_options.Timeout)} s"));
        }
        catch (DnsXidMismatchException)
        {
            return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: the response does not carry the query's ID (a confused or spoofing server)"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A resolver must never take the linter down: a malformed answer, a refused socket, a name DnsClient rejects.
            return (null, Failure(DnsStatus.ServerFailure, $"{name} {RRType.ToName(type)}: {OneLine(e.Message)}"));
        }
    }

    /// <summary>
    /// One query, its tries and its TCP fallback all fitted in what is left of the time budget: near the end the tries
    /// get fewer and shorter (down to a quarter of the timeout), so the run never goes on past the budget.
    /// </summary>
    private IDnsQueryResponse QueryWithin(DnsQuestion question, TimeSpan remaining)
    {
        int tries = 1 + Math.Max(0, _options.Retries);
        var worstCase = _options.Timeout * tries * 2; // UDP tries, then as many over TCP after a TC bit
        if (remaining >= worstCase) return _client!.Query(question);
        int fit = (int)Math.Clamp(remaining / (_options.Timeout * 2), 1, tries);
        var timeout = remaining / (2 * fit) < _options.Timeout ? remaining / (2 * fit) : _options.Timeout;
        var options = new DnsQueryAndServerOptions(_client!.NameServers.ToArray())
        {
            UseCache = false,
            Timeout = timeout > TimeSpan.FromMilliseconds(1) ? timeout : TimeSpan.FromMilliseconds(1),
            Retries = fit - 1,
            UseTcpFallback = true,
            ThrowDnsErrors = false,
            Recursion = true,
            ExtendedDnsBufferSize = _client.Settings.ExtendedDnsBufferSize,
            ContinueOnEmptyResponse = false,
        };
        return _client.Query(question, options);
    }

    /// <summary>
    /// RFC 5452 §9.1: the response must repeat the question, or it answers something else (an error without the
    /// question, as some servers send for REFUSED, is still read as the error it is).
    /// </summary>
    private static bool AnswersTheQuestion(IDnsQueryResponse response, DomainName name, ushort type) =>
        response.Questions.Count == 0
            ? response.Header.ResponseCode != DnsHeaderResponseCode.NoError
            : response.Questions.Count == 1
        && (ushort)response.Questions[0].QuestionType == type
        && response.Questions[0].QuestionClass == QueryClass.IN
        && ToDomainName(response.Questions[0].QueryName) == name;

    private static string Describe(IReadOnlyList<DnsQuestion> questions) =>
        questions.Count == 0 ? "none" : string.Join(", ", questions.Take(3).Select(q => $"{q.QueryName} {q.QuestionType}"));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An exception's message as one short line: DnsClient's parser errors span lines and quote the message in base64.</summary>
    private static string OneLine(string message)
    {
        string line = string.Join(" ", message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        line = System.Text.RegularExpressions.Regex.Replace(line, @"\s*\[[A-Za-z0-9+/=]{16,}\]", "");
        return line.Length <= 200 ? line : line.Substring(0, 200) + "...";
    }

    private DnsAnswer Encode(DomainName owner, ushort type, IReadOnlyList<DnsResourceRecord> records)
    {
        var encoded = new List<DnsRecord>(records.Count);
        foreach (var record in records)
        {
            byte[]? rdata = DnsRecordEncoder.Encode(record, out string? error);
            if (rdata == null) return Failure(DnsStatus.ServerFailure, $"{owner} {RRType.ToName(type)}: {error}");
            encoded.Add(new DnsRecord(owner, type, rdata));
        }
        return new DnsAnswer(DnsStatus.NoError, encoded);
    }

    private static bool SameName(DnsString name, DomainName expected) => ToDomainName(name) is { } parsed && parsed == expected;

    internal static DomainName? ToDomainName(DnsString name)
    {
        string text = name.Value.EndsWith('.') ? name.Value : name.Value + ".";
        return DomainName.TryParse(text, DomainName.Root, out var parsed) == null ? parsed : null;
    }

    private static DnsAnswer Failure(DnsStatus status, string error) => new(status, Array.Empty<DnsRecord>(), error);
}
