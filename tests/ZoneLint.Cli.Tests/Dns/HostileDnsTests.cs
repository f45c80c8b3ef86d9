using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ZoneLint.Cli.Dns;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>
/// Online mode against <see cref="HostileDnsServer"/> on 127.0.0.1: every way it misbehaves ends, within the
/// resolver's bounds, as a DNS failure (ZL9002) or the SPF finding it amounts to, never as an exception or a hang.
/// The elapsed-time assertions are hang detectors, not performance targets.
/// </summary>
public sealed class HostileDnsTests : IDisposable
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private readonly HostileDnsServer _server = new();
    private readonly List<string> _folders = new();

    public void Dispose()
    {
        _server.Dispose();
        foreach (var folder in _folders) Directory.Delete(folder, recursive: true);
    }

    /// <summary>Short tries, so that a test of a silent server takes a fraction of a second.</summary>
    private DnsClientResolver Resolver(Action<DnsClientResolverOptions>? configure = null)
    {
        var options = new DnsClientResolverOptions
        {
            NameServers = new[] { _server.EndPoint },
            Timeout = TimeSpan.FromMilliseconds(200),
            Retries = 1,
        };
        configure?.Invoke(options);
        return new DnsClientResolver(options);
    }

    private static T Timed<T>(Func<T> action, out TimeSpan elapsed)
    {
        var clock = Stopwatch.StartNew();
        var result = action();
        elapsed = clock.Elapsed;
        return result;
    }

    [Theory]
    [InlineData("slow", DnsStatus.Timeout, "slow.hostile.example. TXT: no answer after 2 tries of 0.2 s")]
    [InlineData("silent", DnsStatus.Timeout, "silent.hostile.example. TXT: no answer after 2 tries of 0.2 s")]
    [InlineData("stall", DnsStatus.Timeout, "stall.hostile.example. TXT: no answer after 2 tries of 0.2 s")]
    [InlineData("truncated", DnsStatus.ServerFailure, "truncated.hostile.example. TXT: Unexpected truncated result from TCP response.")]
    [InlineData("huge", DnsStatus.ServerFailure, "huge.hostile.example. TXT: the response is 61510 bytes, over the limit of 32768")]
    [InlineData("many", DnsStatus.ServerFailure, "many.hostile.example. TXT: the answer has 500 records, over the limit of 100")]
    [InlineData("servfail", DnsStatus.ServerFailure, "servfail.hostile.example. TXT: the server answered ServerFailure")]
    [InlineData("refused", DnsStatus.ServerFailure, "refused.hostile.example. TXT: the server answered Refused")]
    [InlineData("wrong-id", DnsStatus.ServerFailure, "wrong-id.hostile.example. TXT: the response does not carry the query's ID (a confused or spoofing server)")]
    [InlineData("wrong-question", DnsStatus.ServerFailure, "wrong-question.hostile.example. TXT: the response is for another question (ok.hostile.example. TXT)")]
    [InlineData("garbage", DnsStatus.ServerFailure, "garbage.hostile.example. TXT: Response parser error, 41 bytes available, tried to read 1 bytes at index 41. Cannot read byte.")]
    [InlineData("loop-a", DnsStatus.ServerFailure, "CNAME loop: loop-a.hostile.example. -> loop-b.hostile.example. -> loop-a.hostile.example.")]
    [InlineData("loop-in-one", DnsStatus.ServerFailure, "CNAME loop: loop-in-one.hostile.example. -> loop-in-one-b.hostile.example. -> loop-in-one.hostile.example.")]
    [InlineData("chain-0", DnsStatus.ServerFailure, "the CNAME chain from chain-0.hostile.example. is longer than 8: chain-0.hostile.example. -> chain-1.hostile.example.")]
    [InlineData("chain-all", DnsStatus.ServerFailure, "the CNAME chain from chain-all.hostile.example. is longer than 8: chain-all.hostile.example. -> chain-1.hostile.example.")]
    public void EachMisbehaviourIsAFailedLookupWithItsReason(string name, DnsStatus status, string error)
    {
        var resolver = Resolver();

        var answer = Timed(() => resolver.Query(HostileDnsServer.N(name), RRType.TXT), out var elapsed);

        Assert.Equal(status, answer.Status);
        Assert.Empty(answer.Records);
        Assert.StartsWith(error, answer.Error);
        Assert.DoesNotContain('\n', answer.Error!);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
        // A question is one query; its retries and its TCP retry after a TC bit add at most three messages.
        Assert.InRange(resolver.QueriesSent, 1, 9);
        Assert.InRange(_server.QueryCount, 1, 4 * resolver.QueriesSent);
    }

    [Fact]
    public void WellBehavedNamesOfTheSameServerStillAnswer()
    {
        var resolver = Resolver();

        var ok = resolver.Query(HostileDnsServer.N("ok"), RRType.TXT);
        var chain = resolver.Query(HostileDnsServer.N("chain-45"), RRType.TXT); // 5 hops: within the limit of 8
        var oversizedUdp = resolver.Query(HostileDnsServer.N("oversized-udp"), RRType.TXT); // 3000 octets, under every limit

        Assert.Equal(DnsStatus.NoError, ok.Status);
        Assert.Equal(DnsStatus.NoError, chain.Status);
        Assert.Equal(HostileDnsServer.N("chain-50"), chain.Records.Single().Owner);
        Assert.Equal(DnsStatus.NoError, oversizedUdp.Status);
    }

    [Fact]
    public void SlowAnswerArrivingLateIsNotTakenForALaterQuestion()
    {
        _server.SlowDelay = TimeSpan.FromMilliseconds(300);
        var resolver = Resolver(o => o.Retries = 0);

        var slow = resolver.Query(HostileDnsServer.N("slow"), RRType.TXT);
        System.Threading.Thread.Sleep(200); // the late answer arrives while nothing waits for it
        var ok = resolver.Query(HostileDnsServer.N("ok"), RRType.TXT);

        Assert.Equal(DnsStatus.Timeout, slow.Status);
        Assert.Equal(DnsStatus.NoError, ok.Status);
        Assert.Equal(HostileDnsServer.N("ok"), ok.Records.Single().Owner);
    }

    [Fact]
    public void TimeBudgetMakesTheRemainingLookupsFailAtOnce()
    {
        var resolver = Resolver(o => o.TimeBudget = TimeSpan.FromSeconds(1));

        var answers = Timed(() => Enumerable.Range(0, 20).Select(i => resolver.Query(HostileDnsServer.N("silent-" + i), RRType.TXT)).ToList(), out var elapsed);

        Assert.All(answers, a => Assert.Equal(DnsStatus.Timeout, a.Status));
        Assert.Contains("no answer after 2 tries of 0.2 s", answers[0].Error);
        Assert.EndsWith("not asked, the time budget of 1 s for DNS in one run is spent", answers[^1].Error);
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"20 silent questions took {elapsed}; without the budget they take 8 s");
        Assert.InRange(resolver.QueriesSent, 2, 6);
    }

    private const string ZoneTemplate = """
        $TTL 3600
        @     IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300
        @     IN NS  ns1.example.net.
        @     IN TXT "v=spf1 ip4:192.0.2.25 TERMS ~all"
        """;

    private static ZoneParseResult Zone(string terms) =>
        ZoneParser.ParseText("example.com.zone", ZoneTemplate.Replace("TERMS", terms), new ParseOptions { Origin = DomainName.Parse("example.com.") });

    /// <summary>`check --online` as the command runs it (ZoneRun.Check), with the resolver pointed at the hostile server.</summary>
    private static IReadOnlyList<ZoneDiagnostic> Check(ZoneParseResult zone, ISpfResolver online, out TimeSpan elapsed) =>
        Timed(() => ZoneRun.Check(new[] { zone }, new[] { new CheckOptions { Rules = new RuleSettings() } }, new[] { online }, parallel: true), out elapsed);

    [Theory]
    [InlineData("silent", "include:silent.hostile.example: the DNS lookup for silent.hostile.example. failed (lookup failed (temperror): silent.hostile.example. TXT: no answer after 2 tries of 0.2 s)")]
    [InlineData("stall", "include:stall.hostile.example: the DNS lookup for stall.hostile.example. failed (lookup failed (temperror): stall.hostile.example. TXT: no answer after 2 tries of 0.2 s)")]
    [InlineData("huge", "include:huge.hostile.example: the DNS lookup for huge.hostile.example. failed (lookup failed (temperror): huge.hostile.example. TXT: the response is 61510 bytes, over the limit of 32768)")]
    [InlineData("loop-a", "include:loop-a.hostile.example: the DNS lookup for loop-a.hostile.example. failed (lookup failed (temperror): CNAME loop: loop-a.hostile.example. -> loop-b.hostile.example. -> loop-a.hostile.example.)")]
    [InlineData("wrong-question", "include:wrong-question.hostile.example: the DNS lookup for wrong-question.hostile.example. failed (lookup failed (temperror): wrong-question.hostile.example. TXT: the response is for another question (ok.hostile.example. TXT))")]
    public void IncludeOfAMisbehavingNameIsZl9002(string name, string message)
    {
        var diagnostics = Check(Zone($"include:{name}.hostile.example"), Resolver(), out var elapsed);

        var failure = Assert.Single(diagnostics, d => d.Id == RuleIds.DnsLookupFailed);
        Assert.StartsWith(message, failure.Message);
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    [Fact]
    public void EndlessIncludeFanOutIsZl3005AndStopsAtTheQueryCap()
    {
        var resolver = Resolver(o => o.MaxQueries = 30);

        var diagnostics = Check(Zone("include:fan.hostile.example"), resolver, out var elapsed);

        var tooMany = Assert.Single(diagnostics, d => d.Id == RuleIds.SpfTooManyDnsLookups);
        Assert.Contains("(limit 10)", tooMany.Message);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.DnsLookupFailed && d.Message.Contains("the cap of 30 DNS queries for one run was hit"));
        Assert.Equal(30, resolver.QueriesSent);
        Assert.InRange(_server.Queries.Select(q => (q.Name, q.Type)).Distinct().Count(), 1, 30);
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    [Fact]
    public void EndlessIncludeFanOutWithTheDefaultCapEnds()
    {
        var resolver = Resolver();

        var diagnostics = Check(Zone("include:fan.hostile.example"), resolver, out var elapsed);

        Assert.Single(diagnostics, d => d.Id == RuleIds.SpfTooManyDnsLookups);
        Assert.InRange(resolver.QueriesSent, 11, 1000);
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    [Fact]
    public void RecordThatIncludesItselfIsZl3015()
    {
        var diagnostics = Check(Zone("include:self.hostile.example"), Resolver(), out var elapsed);

        var loop = Assert.Single(diagnostics, d => d.Id == RuleIds.SpfIncludeLoop);
        Assert.Contains("loops back to self.hostile.example.", loop.Message);
        Assert.Equal(1, _server.QueriesFor("self.hostile.example."));
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    [Fact]
    public void VoidLookupsInDnsAreZl3007()
    {
        var diagnostics = Check(Zone("include:voids.hostile.example"), Resolver(), out var elapsed);

        Assert.Single(diagnostics, d => d.Id == RuleIds.SpfTooManyVoidLookups);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.DnsLookupFailed);
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    [Fact]
    public void SpfEvaluationOfTheFanOutStopsAtTenLookups()
    {
        var resolver = Resolver();
        var evaluator = new ZoneLint.Core.Spf.Evaluation.SpfEvaluator(resolver);

        var result = Timed(() => evaluator.CheckHost(System.Net.IPAddress.Parse("203.0.113.7"), HostileDnsServer.N("fan"), "someone@fan.hostile.example", null), out var elapsed);

        Assert.Equal(ZoneLint.Core.Spf.Evaluation.SpfResultCode.PermError, result.Code);
        Assert.InRange(resolver.QueriesSent, 10, 12); // RFC 7208 §4.6.4: the 11th lookup is not made
        Assert.True(elapsed < HangLimit, $"took {elapsed}");
    }

    // The commands, end to end: `spf explain --online --server` and `spf lock --server` take the server to ask.

    private (int Code, string Stdout, string Stderr, TimeSpan Elapsed) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Timed(() => Program.Run(args, stdout, stderr), out var elapsed);
        Assert.DoesNotContain("Exception", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString()); // no stack trace
        Assert.True(elapsed < HangLimit, $"zonelint {string.Join(' ', args)} took {elapsed}");
        return (code, stdout.ToString(), stderr.ToString(), elapsed);
    }

    private string Folder(string terms)
    {
        string folder = Directory.CreateTempSubdirectory("zonelint-hostile-").FullName;
        _folders.Add(folder);
        File.WriteAllText(Path.Combine(folder, "example.com.zone"), ZoneTemplate.Replace("TERMS", terms));
        return folder;
    }

    [Fact]
    public void SpfExplainOfAnEndlessFanOutSaysTooManyLookups()
    {
        var (code, stdout, _, _) = Run("spf", "explain", "fan.hostile.example", "--online", "--server", _server.Address);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("too many DNS lookups (ZL3005)", stdout);
        Assert.InRange(_server.Queries.Select(q => (q.Name, q.Type)).Distinct().Count(), 11, 1000);
    }

    [Fact]
    public void SpfExplainOfASelfIncludeSaysLoop()
    {
        var (code, stdout, _, _) = Run("spf", "explain", "self.hostile.example", "--online", "--server", _server.Address);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("an include loop (ZL3015)", stdout);
    }

    [Fact]
    public void SpfExplainOfAnIncludeOverAStalledTcpConnectionSaysTheLookupFailed()
    {
        string folder = Folder("include:stall.hostile.example");

        var (code, stdout, _, elapsed) = Run("spf", "explain", "example.com", "--zone", Path.Combine(folder, "example.com.zone"), "--online", "--server", _server.Address);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("stall.hostile.example. TXT: no answer after 2 tries of 2 s", stdout); // the defaults: 2 s, one retry
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"took {elapsed}");
    }

    [Fact]
    public void SpfLockAgainstAnOversizedAnswerFailsWithTheReasonAndLeavesNoLock()
    {
        string folder = Folder("include:huge.hostile.example include:wrong-id.hostile.example");

        var (code, _, stderr, _) = Run("spf", "lock", folder, "--server", _server.Address);

        Assert.Equal(ExitCodes.ToolFailure, code);
        Assert.Contains("zonelint: huge.hostile.example. TXT: SERVFAIL: the response is 61510 bytes, over the limit of 32768", stderr);
        Assert.Contains("zonelint: wrong-id.hostile.example. TXT: SERVFAIL: the response does not carry the query's ID", stderr);
        Assert.False(File.Exists(Path.Combine(folder, LockFile.DefaultFileName)));
    }

    [Fact]
    public void SpfLockOfAnEndlessFanOutStopsAtItsLookupLimitAndTheLockStillSaysTooMany()
    {
        string folder = Folder("include:fan.hostile.example");

        var (code, stdout, _, _) = Run("spf", "lock", folder, "--server", _server.Address);
        var check = Run("check", folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"example.com.: the SPF record's includes were not followed past {SpfLockWalker.MaxLookupsPerRoot} lookups (receivers stop at 10)", stdout);
        Assert.InRange(_server.Queries.Select(q => (q.Name, q.Type)).Distinct().Count(), 11, SpfLockWalker.MaxLookupsPerRoot + 1);
        Assert.Equal(ExitCodes.Findings, check.Code);
        Assert.Contains("ZL3005", check.Stdout);
    }

    [Fact]
    public void SpfLockListsTheFirstTwentyFailuresAndCountsTheRest()
    {
        // One character-string per include: a TXT string holds at most 255 octets.
        string folder = Folder(string.Join("\" \"", Enumerable.Range(0, 25).Select(i => $"include:servfail-{i}.hostile.example ")));

        var (code, _, stderr, _) = Run("spf", "lock", folder, "--server", _server.Address);

        Assert.Equal(ExitCodes.ToolFailure, code);
        Assert.Equal(20, stderr.Split('\n').Count(l => l.Contains("SERVFAIL: the server answered ServerFailure")));
        Assert.Contains("zonelint: ... and 5 more", stderr);
        Assert.Contains("zonelint: 25 DNS lookups failed", stderr);
    }
}
