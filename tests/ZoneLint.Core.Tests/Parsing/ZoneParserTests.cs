using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>Table-driven cases of how a master file loads: owners, TTLs, classes, origins and the generic forms.</summary>
public sealed class ZoneParserTests
{
    internal static ZoneParseResult Parse(string text, string origin = "example.com.", IZoneFileSystem? files = null, string path = "test.zone")
    {
        var options = new ParseOptions { Origin = DomainName.Parse(origin) };
        if (files != null) options.FileSystem = files;
        return files != null ? ZoneParser.ParseFile(path, options) : ZoneParser.ParseText(path, text, options);
    }

    /// <summary>"owner ttl class type" of every record, and no diagnostics.</summary>
    private static string[] Records(string text, string origin = "example.com.")
    {
        var zone = Parse(text, origin);
        Assert.Empty(zone.Diagnostics.Select(d => d.ToString()));
        return zone.Records.Select(r => $"{r.Owner} {r.Ttl} {RRClass.ToName(r.Class)} {r.TypeName}").ToArray();
    }

    private static string Single(string text, string origin = "example.com.") => Assert.Single(Records(text, origin));

    [Theory]
    [InlineData("www 300 IN A 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("www IN 300 A 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("www 300 A 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("www in 300 a 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("www CLASS1 300 A 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("www 300 CLASS1 TYPE1 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("@ 300 IN MX 10 mail", "example.com. 300 IN MX")]
    [InlineData("www.example.com. 300 A 192.0.2.1", "www.example.com. 300 IN A")]
    [InlineData("* 300 A 192.0.2.1", "*.example.com. 300 IN A")]
    [InlineData("300 300 PTR host.", "300.example.com. 300 IN PTR")]
    [InlineData("in 300 A 192.0.2.1", "in.example.com. 300 IN A")]
    [InlineData("a 300 IN A 192.0.2.1 ; comment ( with \" odd ) characters", "a.example.com. 300 IN A")]
    public void Owner_TTL_and_class_in_either_order(string line, string expected)
    {
        Assert.Equal(expected, Single(line));
    }

    [Theory]
    [InlineData("1w2d3h4m5s", 788645u)]
    [InlineData("1W2D3H4M5S", 788645u)]
    [InlineData("1h30m", 5400u)]
    [InlineData("2w", 1209600u)]
    [InlineData("0", 0u)]
    [InlineData("007", 7u)]
    [InlineData("2147483647", 2147483647u)]
    [InlineData("3550w5d3h14m7s", 2147483647u)]
    public void TTL_forms(string ttl, uint seconds)
    {
        var record = Assert.Single(Parse($"www {ttl} IN A 192.0.2.1").Records);
        Assert.Equal((seconds, TtlSource.Explicit), (record.Ttl, record.TtlSource));
        var directive = Assert.Single(Parse($"$TTL {ttl}\nwww IN A 192.0.2.1").Records);
        Assert.Equal((seconds, TtlSource.DefaultTtl), (directive.Ttl, directive.TtlSource));
    }

    [Fact]
    public void Owner_class_and_TTL_are_inherited()
    {
        Assert.Equal(
            new[] { "www.example.com. 300 IN A", "www.example.com. 300 IN AAAA", "www.example.com. 600 IN TXT", "ftp.example.com. 600 IN A" },
            Records("www 300 IN A 192.0.2.1\n  AAAA 2001:db8::1\n\t600 TXT \"x\"\nftp A 192.0.2.2\n"));
    }

    [Fact]
    public void Inherited_owner_survives_directives_and_comment_lines()
    {
        Assert.Equal(
            new[] { "www.example.com. 300 IN A", "www.example.com. 300 IN A" },
            Records("www 300 A 192.0.2.1\n; comment\n\n$ORIGIN sub.example.com.\n  300 A 192.0.2.2\n"));
    }

    [Fact]
    public void TTL_sources_follow_RFC_2308_and_BIND()
    {
        // An SOA with no TTL takes its minimum, which then serves as the default TTL (BIND's masterfile test ttl1.db).
        var zone = Parse("@ IN SOA ns1 hostmaster 1 2 3 4 500\nwww 700 A 192.0.2.1\nftp A 192.0.2.2\n$TTL 900\nmail A 192.0.2.3\n");
        Assert.Equal(
            new[] { (500u, TtlSource.SoaMinimum), (700u, TtlSource.Explicit), (500u, TtlSource.DefaultTtl), (900u, TtlSource.DefaultTtl) },
            zone.Records.Select(r => (r.Ttl, r.TtlSource)).ToArray());

        // With a TTL on the SOA and no $TTL, a record without one takes the previous record's (RFC 1035 §5.1).
        var previous = Parse("@ 800 IN SOA ns1 hostmaster 1 2 3 4 500\nwww A 192.0.2.1\n");
        Assert.Equal(
            new[] { (800u, TtlSource.Explicit), (800u, TtlSource.PreviousRecord) },
            previous.Records.Select(r => (r.Ttl, r.TtlSource)).ToArray());
    }

    [Theory]
    [InlineData("$ORIGIN sub\nx A 192.0.2.1", "x.sub.example.com.")]
    [InlineData("$ORIGIN sub\n$ORIGIN deeper\nx A 192.0.2.1", "x.deeper.sub.example.com.")]
    [InlineData("$ORIGIN example.net.\nx A 192.0.2.1", "x.example.net.")]
    [InlineData("$ORIGIN .\nx A 192.0.2.1", "x.")]
    [InlineData("$ORIGIN sub\n@ A 192.0.2.1", "sub.example.com.")]
    [InlineData("$origin sub\nx A 192.0.2.1", "x.sub.example.com.")]
    public void ORIGIN_is_relative_to_the_previous_origin(string text, string owner)
    {
        Assert.Equal(owner + " 0 IN A", Single(text));
    }

    [Fact]
    public void First_ORIGIN_before_any_record_names_the_apex_when_the_origin_was_guessed()
    {
        static string Apex(string text, bool guessed) => ZoneParser.ParseText("t.zone", text,
            new ParseOptions { Origin = DomainName.Parse("example.com."), OriginIsGuess = guessed }).Origin.ToString();

        Assert.Equal("example.org.", Apex("$ORIGIN example.org.\nx A 192.0.2.1", guessed: true));
        Assert.Equal("example.com.", Apex("$ORIGIN example.org.\nx A 192.0.2.1", guessed: false));
        Assert.Equal("example.com.", Apex("x A 192.0.2.1\n$ORIGIN example.org.\n", guessed: true));
        Assert.Equal("example.com.", Apex("$ORIGIN .\nexample.com. A 192.0.2.1", guessed: true));
    }

    [Theory]
    [InlineData(@"w\049w", "w1w.example.com.")]
    [InlineData(@"\065", "A.example.com.")]
    [InlineData(@"a\.b", @"a\.b.example.com.")]
    [InlineData(@"a\\b", @"a\\b.example.com.")]
    [InlineData(@"a\ b", @"a\032b.example.com.")]
    [InlineData(@"\000x", @"\000x.example.com.")]
    [InlineData(@"a\;b", @"a\;b.example.com.")]
    [InlineData(@"a\(b\)", @"a\(b\).example.com.")]
    [InlineData(@"x\046", @"x\..example.com.")]
    [InlineData(@"x\.", @"x\..example.com.")]
    public void Escapes_in_names(string owner, string expected)
    {
        Assert.Equal(expected + " 0 IN A", Single(owner + " A 192.0.2.1"));
    }

    [Fact]
    public void Escaped_octets_are_single_octets_of_the_label()
    {
        var owner = Assert.Single(Parse(@"a\255\000b A 192.0.2.1").Records).Owner;
        Assert.Equal(new byte[] { (byte)'a', 255, 0, (byte)'b' }, owner.Labels[0]);
    }

    [Theory]
    [InlineData(@"x TYPE65534 \# 2 abcd", "TYPE65534", "abcd")]
    [InlineData(@"x TYPE65534 \# 2 AB CD", "TYPE65534", "abcd")]
    [InlineData(@"x TYPE65534 \# 0", "TYPE65534", "-")]
    [InlineData(@"x CLASS1 TYPE65534 \# 2 abcd", "TYPE65534", "abcd")]
    [InlineData(@"x IN TYPE1 \# 4 c0000201", "A", "c0000201")]
    [InlineData(@"x IN A \# 4 C0000201", "A", "c0000201")]
    [InlineData(@"x IN TYPE1 192.0.2.1", "A", "c0000201")]
    [InlineData(@"x IN TYPE16 ""hi""", "TXT", "026869")]
    [InlineData(@"x IN TXT \# 3 026869", "TXT", "026869")]
    public void RFC_3597_generic_forms(string line, string type, string hex)
    {
        var record = Assert.Single(Parse(line).Records);
        Assert.Empty(Parse(line).Diagnostics);
        Assert.Equal((type, hex), (record.TypeName, ZoneDump.Hex(record.Rdata.Wire)));
    }

    [Fact]
    public void Parentheses_across_lines_keep_the_multi_line_span()
    {
        var soa = Parse("@ IN SOA ns1 hostmaster (\n    1 ; serial\n    7200 3600\n    1209600 300 )\nwww A 192.0.2.1\n").Records;
        Assert.Equal("(1,1)-(4,16)", ZoneDump.Span(soa[0].Span, "test.zone"));
        Assert.Equal("(5,1)-(5,16)", ZoneDump.Span(soa[1].Span, "test.zone"));
        string hex = ZoneDump.Hex(soa[0].Rdata.Wire);
        Assert.Equal("00000001" + "00001c20" + "00000e10" + "00127500" + "0000012c", hex.Substring(hex.Length - 40));
    }

    [Fact]
    public void Parentheses_may_open_anywhere_in_the_entry()
    {
        Assert.Equal(
            new[] { "www.example.com. 300 IN TXT", "ftp.example.com. 300 IN A" },
            Records("www ( 300\n IN TXT\n \"a\" ) \"b\"\nftp 300 IN A 192.0.2.1\n"));
    }

    [Fact]
    public void CRLF_file_loads_as_the_LF_file()
    {
        const string lf = "$TTL 1h\n$ORIGIN example.com.\n@ IN SOA ns1 hostmaster (\n 1 2 3 4 5 ) ; c\nwww A 192.0.2.1\n  TXT \"a b\" ; x\n$GENERATE 1-2 h$ A 192.0.2.$\nbad IN A 1.2.3\n";
        string crlf = lf.Replace("\n", "\r\n");

        Assert.Equal(ZoneDump.Format(Parse(lf)), ZoneDump.Format(Parse(crlf)));
        Assert.Single(Parse(crlf).Diagnostics);
    }

    [Fact]
    public void Record_spans_point_into_the_file_that_holds_them()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "a A 192.0.2.1\n$INCLUDE inc/hosts.inc\nc A 192.0.2.3\n")
            .Add("/z/inc/hosts.inc", "\n  \nb A 192.0.2.2\n");
        var zone = Parse("", files: files, path: "/z/test.zone");
        Assert.Equal(
            new[] { "(1,1)-(1,14)", "hosts.inc(3,1)-(3,14)", "(3,1)-(3,14)" },
            zone.Records.Select(r => ZoneDump.Span(r.Span, "/z/test.zone")).ToArray());
    }

    [Fact]
    public void Includes_that_fan_out_stop_at_the_file_limit()
    {
        // Found while writing the fuzz harness: 23 files that each include the next twice made one zone read 2^22 files (a hang).
        var files = new InMemoryFileSystem().Add("/z/test.zone", "$INCLUDE f0\n");
        for (int i = 0; i < 22; i++) files.Add($"/z/f{i}", $"$INCLUDE f{i + 1}\n$INCLUDE f{i + 1}\na{i} TXT x\n");
        files.Add("/z/f22", "a22 TXT x\n");
        var zone = Parse("", files: files, path: "/z/test.zone");
        Assert.Equal(new ParseOptions().MaxIncludedFiles, zone.Files.Count);
        Assert.Contains(zone.Diagnostics, d => d.Id == "ZL1004" && d.Message.Contains("more than 1000 files"));
    }

    /// <summary>RFC 9461: an SVCB for a DNS server names its transports, and the path when one of them is HTTP.</summary>
    [Theory]
    [InlineData("_dns SVCB 1 ns dohpath=/q{?dns}", 11, "has no alpn, so it names no transport")]
    [InlineData("_dns SVCB 1 ns alpn=h2", 11, "offers DNS over HTTPS (alpn h2) but has no dohpath (RFC 9461 §5)")]
    [InlineData("_dns SVCB 1 ns alpn=dot,http/1.1", 11, "offers DNS over HTTPS (alpn http/1.1) but has no dohpath")]
    [InlineData("_853._DNS SVCB 2 ns alpn=h3", 16, "at _853._DNS.example.com. offers DNS over HTTPS (alpn h3)")]
    [InlineData(@"_443._dns SVCB 1 ns alpn=h1\\,h2", 16, "('h1,h2' is one ALPN ID with a comma in it")]
    public void Svcb_for_dns_needs_alpn_and_dohpath_for_https(string line, int column, string message)
    {
        var zone = Parse(line);
        Assert.Empty(zone.Records);
        var error = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1001", 1, column, line.Length + 1), (error.Id, error.Span.StartLine, error.Span.StartColumn, error.Span.EndColumn));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("_dns SVCB 1 ns alpn=dot")]
    [InlineData("_dns SVCB 1 ns alpn=dot,doq,h2,h3 dohpath=/q{?dns}")]
    [InlineData("_dns SVCB 0 _dns.ns.example.net.")] // AliasMode has no SvcParams
    [InlineData("svc SVCB 1 ns alpn=h2")] // not a DNS service name
    [InlineData("_053._dns SVCB 1 ns port=853")] // a port is written without leading zeros
    [InlineData("_99999._dns SVCB 1 ns port=853")] // and is at most 65535
    [InlineData("_dns.svc HTTPS 1 . alpn=h2")] // HTTPS is not SVCB
    public void Svcb_that_the_dns_mapping_allows_or_does_not_cover_loads(string line)
    {
        var zone = Parse(line);
        Assert.Empty(zone.Diagnostics);
        Assert.Single(zone.Records);
    }
}
