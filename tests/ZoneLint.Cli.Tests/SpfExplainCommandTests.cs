using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Tests;

/// <summary>`zonelint spf explain`: the record, its terms, the lookup tree and its totals.</summary>
public sealed class SpfExplainCommandTests
{
    private const string LookupsZone = """
        $TTL 3600
        @       IN  SOA ns1.example.net. hostmaster.example.com. 1 10800 3600 1209600 300
                IN  NS      ns1.example.net.
                IN  MX      10 mail.lookups.example.com.
                IN  A       198.51.100.80
                IN  TXT     "v=spf1 a mx include:_spf1.lookups.example.com. include:_spf2.lookups.example.com. ~all"
        _spf1   IN  TXT     "v=spf1 a:relay1.lookups.example.com a:relay2.lookups.example.com include:_spf3.lookups.example.com ~all"
        _spf3   IN  TXT     "v=spf1 a:mail.lookups.example.com mx:lookups.example.com ~all"
        _spf2   IN  TXT     "v=spf1 a:crm.lookups.example.com a:mail.lookups.example.com ~all"
        mail    IN  A       198.51.100.25
        relay1  IN  A       198.51.100.31
        relay2  IN  A       198.51.100.32
        crm     IN  A       203.0.113.40

        """;

    private static (int Code, string Stdout, string Stderr) Explain(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(new[] { "spf", "explain" }.Concat(args).ToArray(), stdout, stderr);
        return (code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString());
    }

    /// <summary>An explicit lock file, so no test depends on the folder it runs in.</summary>
    private static string EmptyLock(CliRunner cli) => cli.Write("empty.lock.json", LockFileWriter.Write(LockFile.Empty));

    [Fact]
    public void The_text_shows_the_record_its_terms_the_tree_and_the_total()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("lookups.example.com.zone", LookupsZone);

        var (code, stdout, stderr) = Explain("lookups.example.com", "--zone", zone, "--lock", EmptyLock(cli));

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Equal("lookups.example.com.", lines[0]);
        Assert.Equal("  record  \"v=spf1 a mx include:_spf1.lookups.example.com. include:_spf2.lookups.example.com. ~all\"", lines[1]);
        Assert.EndsWith("lookups.example.com.zone(6,9)", lines[2]);
        Assert.StartsWith("  terms   a  ", lines[3]);
        Assert.Contains("pass if the sender is an address of the domain", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("          ~all  ", StringComparison.Ordinal) && l.EndsWith("softfail for every sender that gets this far", StringComparison.Ordinal));
        Assert.Contains("    include:_spf1.lookups.example.com.    6\n", stdout);
        Assert.Contains("      include:_spf3.lookups.example.com   3\n", stdout);
        Assert.Contains("        mx:lookups.example.com            1  1 name\n", stdout);
        Assert.Equal("total: 11 DNS lookups of 10, 0 void of 2: too many DNS lookups (ZL3005); receivers return permerror when they get that far", lines.Last(l => l.Length > 0));
        Assert.DoesNotContain("\u001b[", stdout); // no colours into a pipe or a file
    }

    [Fact]
    public void Json_gives_the_totals_and_the_tree()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("lookups.example.com.zone", LookupsZone);

        var (code, stdout, _) = Explain("lookups.example.com.", "--zone", zone, "--lock", EmptyLock(cli), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("lookups.example.com.", root.GetProperty("domain").GetString());
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal(11, root.GetProperty("lookups").GetInt32());
        Assert.False(root.GetProperty("lowerBound").GetBoolean());
        Assert.Equal(10, root.GetProperty("lookupLimit").GetInt32());
        Assert.Equal(5, root.GetProperty("terms").GetArrayLength());
        var include = root.GetProperty("tree").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "include:_spf1.lookups.example.com.");
        Assert.Equal(1, include.GetProperty("cost").GetInt32());
        Assert.Equal(6, include.GetProperty("subtotal").GetInt32());
        Assert.Equal("_spf1.lookups.example.com.", include.GetProperty("domain").GetString());
        Assert.Equal(4, include.GetProperty("children").GetArrayLength()); // every term of _spf1, ~all included
    }

    [Fact]
    public void An_external_include_is_not_followed_offline_and_the_total_is_a_lower_bound()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", CliRunner.ZoneWithProviderInclude);

        var (_, stdout, _) = Explain("example.com", "--zone", zone, "--lock", EmptyLock(cli));

        Assert.Contains("include:_spf.google.com  1+  not followed: not in the zones or the lock file", stdout);
        Assert.Contains("total: at least 2 DNS lookups of 10, 0 void of 2: within the limits; a lower bound", stdout);
    }

    [Fact]
    public void The_lock_file_answers_for_names_outside_the_zones()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", CliRunner.ZoneWithProviderInclude);
        var google = DomainName.Parse("_spf.google.com.");
        var lockFile = new LockFile(new[]
        {
            new LockedAnswer(google, RRType.TXT, DnsStatus.NoError, DateTimeOffset.UnixEpoch,
                new[] { new DnsRecord(google, RRType.TXT, Txt("v=spf1 include:_netblocks.google.com ~all")) }),
            new LockedAnswer(DomainName.Parse("_netblocks.google.com."), RRType.TXT, DnsStatus.NoError, DateTimeOffset.UnixEpoch,
                new[] { new DnsRecord(DomainName.Parse("_netblocks.google.com."), RRType.TXT, Txt("v=spf1 ip4:209.85.128.0/17 ~all")) }),
        });
        string lockPath = cli.Write("zonelint.lock.json", LockFileWriter.Write(lockFile));

        var (_, stdout, _) = Explain("example.com", "--zone", zone, "--lock", lockPath, "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(3, json.RootElement.GetProperty("lookups").GetInt32()); // mx, the include, and Google's own include
        Assert.False(json.RootElement.GetProperty("lowerBound").GetBoolean());
    }

    [Fact]
    public void Every_zone_given_is_part_of_the_view_of_DNS()
    {
        using var cli = new CliRunner();
        string com = cli.Write("example.com.zone", "$TTL 3600\n@ IN SOA ns1 h 1 2 3 4 5\n@ IN NS ns1\n@ IN TXT \"v=spf1 include:_spf.example.net -all\"\n");
        string net = cli.Write("example.net.zone", "$TTL 3600\n@ IN SOA ns1 h 1 2 3 4 5\n@ IN NS ns1\n_spf IN TXT \"v=spf1 a mx -all\"\n");

        var (_, stdout, _) = Explain("example.com", "--zone", com, "--zone=" + net, "--lock", EmptyLock(cli), "--format", "json");

        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(3, json.RootElement.GetProperty("lookups").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("voidLookups").GetInt32()); // _spf.example.net has neither A nor MX
    }

    [Fact]
    public void A_domain_without_SPF_says_so()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", CliRunner.ZoneWithProviderInclude);

        var (code, stdout, _) = Explain("www.example.com", "--zone", zone, "--lock", EmptyLock(cli));

        Assert.Equal(0, code);
        Assert.Equal("www.example.com.\n  no SPF record: has no TXT records\n", stdout);
    }

    [Fact]
    public void Two_SPF_records_at_the_domain_are_an_error_not_a_missing_record()
    {
        using var cli = new CliRunner();
        string zone = cli.Write("example.com.zone", CliRunner.ZoneWithProviderInclude + "@ IN TXT \"v=spf1 -all\"\n");

        var (_, stdout, _) = Explain("example.com", "--zone", zone, "--lock", EmptyLock(cli));

        Assert.Equal("example.com.\n  has 2 SPF records (permerror, RFC 7208 §4.5)\n", stdout);
    }

    [Fact]
    public void Online_asks_the_live_resolver_for_names_outside_the_zones()
    {
        var zone = ZoneParser.ParseText("example.com.zone", CliRunner.ZoneWithProviderInclude, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        var online = new RecordingResolver();

        var resolver = SpfExplainCommand.CreateResolver(new[] { zone }, null, online);
        resolver.Query(DomainName.Parse("_spf.google.com."), RRType.TXT);
        resolver.Query(DomainName.Parse("example.com."), RRType.TXT);

        Assert.Equal(new[] { "_spf.google.com." }, online.Asked);
    }

    [Theory]
    [InlineData(new string[0], "spf explain needs a DOMAIN")]
    [InlineData(new[] { "example.com", "--format", "sarif" }, "unknown format 'sarif'")]
    [InlineData(new[] { "exa mple.com" }, "invalid DOMAIN")]
    [InlineData(new[] { "example.com", "--zone", "missing.zone" }, "cannot read zone file 'missing.zone'")]
    [InlineData(new[] { "example.com", "--lock", "missing.lock.json" }, "cannot read lock file 'missing.lock.json'")]
    public void Mistakes_in_the_command_are_usage_errors(string[] args, string message)
    {
        var (code, stdout, stderr) = Explain(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("zonelint: ", stderr);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n')); // one clear line, no stack trace
    }

    private static byte[] Txt(string text)
    {
        var octets = Encoding.ASCII.GetBytes(text);
        return new[] { (byte)octets.Length }.Concat(octets).ToArray();
    }

    private sealed class RecordingResolver : ISpfResolver
    {
        public System.Collections.Generic.List<string> Asked { get; } = new();

        public DnsAnswer Query(DomainName name, ushort type)
        {
            Asked.Add(name.ToString());
            return DnsAnswer.NxDomain;
        }
    }
}
