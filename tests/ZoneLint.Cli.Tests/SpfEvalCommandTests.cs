using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Tests;

/// <summary>`zonelint spf eval`: check_host() from the command line, over zone files (and live DNS unless --offline).</summary>
public sealed class SpfEvalCommandTests
{
    private const string Zone = """
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN MX  10 mail
        @        IN TXT "v=spf1 mx include:_spf.example.net -all exp=why.example.com."
        mail     IN A   192.0.2.25
        why      IN TXT "%{i} is not one of our servers; see https://example.com/mail"
        """;

    private const string Provider = """
        $ORIGIN example.net.
        $TTL 3600
        @        IN SOA ns1 hostmaster 1 7200 3600 1209600 300
        @        IN NS  ns1
        ns1      IN A   198.51.100.53
        _spf     IN TXT "v=spf1 ip4:198.51.100.0/24 ~all"
        """;

    /// <summary>Runs `zonelint spf eval ARGS` in process, through Program as a user would.</summary>
    private static (int Code, string Stdout, string Stderr) Eval(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(new[] { "spf", "eval" }.Concat(args).ToArray(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TextShowsTheResultTheMatchingTermAndTheLookups()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);
        string provider = cli.Write("example.net.zone", Provider);

        var (code, stdout, stderr) = Eval("--ip", "198.51.100.7", "--sender", "bob@example.com", "--zone", zone, "--zone", provider, "--offline");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("result: pass", lines[0]);
        Assert.Equal("checked: 198.51.100.7 for bob@example.com at example.com", lines[1]);
        Assert.Equal("matched: include:_spf.example.net in example.com", lines[2]);
        Assert.Equal("lookups: 2 of 10, void lookups: 0 of 2", lines[3]);
        Assert.Contains("    _spf.example.net: ip4:198.51.100.0/24 → match: pass", lines); // the include, one level in
    }

    [Fact]
    public void AFailIsAnAnswerNotAFinding()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);
        string provider = cli.Write("example.net.zone", Provider);

        var (code, stdout, _) = Eval("--ip", "203.0.113.9", "--sender", "bob@example.com", "--zone", zone, "--zone", provider, "--offline");

        Assert.Equal(0, code);
        Assert.StartsWith("result: fail\n", stdout.Replace("\r", ""));
        Assert.Contains("matched: -all in example.com", stdout);
        Assert.Contains("explanation: 203.0.113.9 is not one of our servers; see https://example.com/mail", stdout);
    }

    [Fact]
    public void JsonFollowsTheContract()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);
        string provider = cli.Write("example.net.zone", Provider);

        var (code, stdout, _) = Eval("--ip", "203.0.113.9", "--sender", "bob@example.com", "--zone", zone, "--zone", provider, "--offline", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(new[] { "result", "explanation", "lookups" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fail", root.GetProperty("result").GetString());
        Assert.Equal("203.0.113.9 is not one of our servers; see https://example.com/mail", root.GetProperty("explanation").GetString());
        Assert.Equal(2, root.GetProperty("lookups").GetInt32());
    }

    [Fact]
    public void JsonHasNoExplanationUnlessTheResultIsFail()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);
        string provider = cli.Write("example.net.zone", Provider);

        var (_, stdout, _) = Eval("--ip", "198.51.100.7", "--sender", "bob@example.com", "--zone", zone, "--zone=" + provider, "--offline", "--format=json");

        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pass", json.RootElement.GetProperty("result").GetString());
        Assert.False(json.RootElement.TryGetProperty("explanation", out _));
    }

    [Fact]
    public void OfflineNamesOutsideTheZonesDoNotExist()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);

        var (code, stdout, _) = Eval("--ip", "198.51.100.7", "--sender", "bob@example.com", "--zone", zone, "--offline");

        Assert.Equal(0, code);
        Assert.StartsWith("result: permerror", stdout);
        Assert.Contains("reason: the include target _spf.example.net has no SPF record", stdout);
    }

    [Fact]
    public void OnlineNamesOutsideTheZonesGoToDns()
    {
        var zone = ZoneParser.ParseText("example.com.zone", Zone, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var dns = new RecordingResolver();
        var resolver = SpfEvalCommand.CreateResolver(new[] { zone }, offline: false, online: dns);

        Assert.Equal(DnsStatus.NoError, resolver.Query(DomainName.Parse("mail.example.com."), RRType.A).Status);
        Assert.Empty(dns.Asked);
        Assert.Equal(DnsStatus.Timeout, resolver.Query(DomainName.Parse("_spf.example.net."), RRType.TXT).Status);
        Assert.Equal(new[] { "_spf.example.net." }, dns.Asked);

        var offline = SpfEvalCommand.CreateResolver(new[] { zone }, offline: true, online: dns);
        Assert.Equal(DnsStatus.NxDomain, offline.Query(DomainName.Parse("_spf.example.net."), RRType.TXT).Status);
        Assert.Single(dns.Asked);
    }

    [Fact]
    public void WithoutSenderTheHeloIdentityIsChecked()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone + "\nmail IN TXT \"v=spf1 a -all\"\n");

        var (code, stdout, _) = Eval("--ip", "192.0.2.25", "--helo", "mail.example.com", "--zone", zone, "--offline");

        Assert.Equal(0, code);
        Assert.Contains("result: pass", stdout);
        Assert.Contains("checked: 192.0.2.25 for postmaster@mail.example.com (HELO identity) at mail.example.com", stdout);
    }

    [Fact]
    public void DomainOverridesTheSendersDomain()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone + "\nmail IN TXT \"v=spf1 a -all\"\n");

        var (_, stdout, _) = Eval("--ip", "192.0.2.99", "--sender", "bob@example.org", "--domain", "mail.example.com", "--zone", zone, "--offline");

        Assert.Contains("result: fail", stdout);
        Assert.Contains("checked: 192.0.2.99 for bob@example.org at mail.example.com", stdout);
        Assert.Contains("explanation: example.org does not designate 192.0.2.99 as a permitted sender", stdout);
    }

    [Fact]
    public void ZoneSyntaxErrorsGoToStderrAndTheEvaluationStillRuns()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone + "\nwww IN A 192.0.2.300\n");

        var (code, stdout, stderr) = Eval("--ip", "192.0.2.25", "--sender", "bob@example.com", "--zone", zone, "--offline");

        Assert.Equal(0, code);
        Assert.Contains("(8,", stderr);
        Assert.Contains("error ZL1", stderr);
        Assert.Contains("result: pass", stdout);
    }

    public static IEnumerable<object[]> BadArguments() => new[]
    {
        new object[] { new[] { "--sender", "a@example.com", "--zone", "ZONE" }, "needs --ip" },
        new object[] { new[] { "--ip", "192.0.2.300", "--sender", "a@example.com", "--zone", "ZONE" }, "invalid --ip '192.0.2.300'" },
        new object[] { new[] { "--ip", "192.0.2.1", "--zone", "ZONE" }, "needs --sender" },
        new object[] { new[] { "--ip", "192.0.2.1", "--sender", "a@example.com" }, "at least one --zone" },
        new object[] { new[] { "--ip", "192.0.2.1", "--sender", "a@example.com", "--zone", "missing.zone" }, "cannot read zone file 'missing.zone'" },
        new object[] { new[] { "--ip", "192.0.2.1", "--sender", "a@example.com", "--zone", "ZONE", "--format", "sarif" }, "unknown format 'sarif'" },
        new object[] { new[] { "--ip", "192.0.2.1", "--sender", "a@example.com", "--zone", "ZONE", "--online" }, "unknown option '--online'" },
        new object[] { new[] { "--ip", "192.0.2.1", "--sender", "a@example.com", "--zone" }, "--zone needs a value" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void BadArgumentsExitTwoWithOneLine(string[] args, string message)
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);

        var (code, stdout, stderr) = Eval(args.Select(a => a == "ZONE" ? zone : a).ToArray());

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void AParsedCommandLineTakesFurtherZonesAsArguments()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", Zone);
        string provider = cli.Write("example.net.zone", Provider);
        var line = CommandLine.Parse(new[] { "--ip", "198.51.100.7", "--sender", "bob@example.com", "--offline", "--zone", zone, provider }, SpfEvalCommand.Options);
        var stdout = new StringWriter();

        Assert.Equal(0, SpfEvalCommand.Run(line, stdout, new StringWriter()));
        Assert.StartsWith("result: pass", stdout.ToString());
    }

    /// <summary>Stands in for live DNS: every question times out, and is remembered.</summary>
    private sealed class RecordingResolver : ISpfResolver
    {
        public List<string> Asked { get; } = new();

        public DnsAnswer Query(DomainName name, ushort type)
        {
            Asked.Add(name.ToString());
            return new DnsAnswer(DnsStatus.Timeout, System.Array.Empty<DnsRecord>(), "no network in tests");
        }
    }
}
