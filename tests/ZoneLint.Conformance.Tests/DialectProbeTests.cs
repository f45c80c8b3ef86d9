using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ZoneLint.Conformance.Tests.Differential;

namespace ZoneLint.Conformance.Tests;

/// <summary>One small zone that pins down a point of the dialect: what BIND 9.18 does with it and what ZoneLint does.</summary>
/// <param name="Name">A short id, used in docs/zone-file-dialect.md.</param>
/// <param name="Body">Records appended to a valid zone (origin example.: $TTL, SOA, NS ns, ns A).</param>
/// <param name="BindAccepts">named-checkzone -i local example (9.18.49) exits 0.</param>
/// <param name="ZoneLintAccepts">ZoneLint, default severities, reports no error.</param>
/// <param name="ZoneLintRule">When ZoneLint rejects: the rule that must fire.</param>
/// <param name="Class">same (both agree) | dialect (deliberate difference) | bug (ZoneLint should do what BIND does).</param>
public sealed record DialectProbe(string Name, string Body, bool BindAccepts, bool ZoneLintAccepts, string? ZoneLintRule, string Class)
{
    public const string Header = "$TTL 3600\n@ SOA ns hostmaster 1 3600 1200 604800 1200\n  NS ns\nns A 192.0.2.1\n";

    public override string ToString() => Name;
}

/// <summary>
/// Executable documentation of docs/zone-file-dialect.md: each probe states what ZoneLint does (asserted always)
/// and what BIND does (asserted when named-checkzone is installed, so the document stays true).
/// </summary>
public class DialectProbeTests
{
    private static readonly string LongTxt = new('a', 256);

    public static readonly IReadOnlyList<DialectProbe> Probes = new[]
    {
        // Agreement: features the dialect document describes.
        new DialectProbe("ttl-class-either-order", "x IN 300 A 192.0.2.2\ny 300 IN A 192.0.2.3", true, true, null, "same"),
        new DialectProbe("ttl-units", "x 1w2d3h4m5s A 192.0.2.2\ny 1H A 192.0.2.3", true, true, null, "same"),
        new DialectProbe("ttl-max", "x 2147483647 A 192.0.2.2", true, true, null, "same"),
        new DialectProbe("rfc3597-generic", "x TYPE999 \\# 2 abcd\ny A \\# 4 c0000202\nz CLASS1 TYPE1 192.0.2.3\nw TYPE999 \\# 0", true, true, null, "same"),
        new DialectProbe("rfc3597-empty-for-known-type", "x A \\# 0", false, false, "ZL1001", "same"),
        new DialectProbe("escaped-label", "a\\065b A 192.0.2.2\nc\\.d A 192.0.2.3", true, true, null, "same"),
        new DialectProbe("crlf", "x A 192.0.2.2\r\ny TXT \"a\"\r\n", true, true, null, "same"),
        new DialectProbe("inherited-owner", "\tTXT \"owned by ns\"", true, true, null, "same"),
        new DialectProbe("quoted-string-multiline", "x TXT \"abc\ndef\"", false, false, "ZL1001", "same"),
        new DialectProbe("character-string-256", $"x TXT \"{LongTxt}\"", false, false, "ZL1003", "same"),
        new DialectProbe("ttl-unit-word", "x 1hour A 192.0.2.2", false, false, "ZL1002", "same"),
        new DialectProbe("ttl-units-trailing-number", "x 1h30 A 192.0.2.2", false, false, "ZL1002", "same"),
        new DialectProbe("generate-reversed-range", "$GENERATE 5-1 h$ A 192.0.2.$", false, false, "ZL1005", "same"),
        new DialectProbe("meta-type", "x ANY \\# 0", false, false, "ZL1001", "same"),
        new DialectProbe("label-64", new string('l', 64) + " A 192.0.2.2", false, false, "ZL1001", "same"),
        new DialectProbe("cname-and-other-data", "x CNAME ns\nx A 192.0.2.2", false, false, "ZL2006", "same"),
        new DialectProbe("rrsig-time-before-1970", "ns RRSIG A 5 2 3600 00100227180048 20100221180048 3495 example. AAAA", true, true, null, "same"),
        new DialectProbe("ns-target-is-cname", "@ NS alias\nalias CNAME ns", false, false, "ZL2009", "same"),
        new DialectProbe("duplicate-identical-soa", "@ SOA ns hostmaster 1 3600 1200 604800 1200", true, true, null, "same"),
        new DialectProbe("in-zone-ns-without-address", "@ NS ns2", false, false, "ZL2013", "same"),
        new DialectProbe("svcb-no-default-alpn-alone", "x SVCB 1 . no-default-alpn", false, false, "ZL1001", "same"),
        new DialectProbe("rdata-over-65535", "big TXT ( " + string.Join(" ", Enumerable.Repeat("\"" + new string('x', 254) + "\"", 280)) + " )", false, false, "ZL1001", "same"),
        new DialectProbe("leading-origin-root", "$ORIGIN .\nexample. 300 IN NS ns.example.", true, true, null, "same"),

        // Deliberate differences.
        new DialectProbe("nested-parentheses", "x TXT ( \"a\" ( \"b\" ) )", true, false, "ZL1001", "dialect"),
        new DialectProbe("non-ascii-txt", "x TXT \"caf\u00e9\"", true, false, "ZL1006", "dialect"),
        new DialectProbe("non-ascii-owner", "caf\u00e9 A 192.0.2.2", true, false, "ZL1006", "dialect"),
        new DialectProbe("ttl-over-max", "x 2147483648 A 192.0.2.2", true, false, "ZL1002", "dialect"),
        new DialectProbe("generate-over-cap", "$GENERATE 1-100000 h$ A 192.0.2.1", true, false, "ZL1005", "dialect"),
        new DialectProbe("mx-target-is-cname", "@ MX 10 alias\nalias CNAME ns", true, false, "ZL2009", "lint"),
        new DialectProbe("out-of-zone-data", "foo.other. A 192.0.2.2", true, false, "ZL2007", "lint"),
        new DialectProbe("owner-repeats-origin", "www.example A 192.0.2.2", true, false, "ZL2001", "lint"),
        new DialectProbe("rdata-name-repeats-origin", "@ MX 10 ns.example", true, false, "ZL2002", "lint"),
        new DialectProbe("ttl-below-minimum", "x 30 A 192.0.2.2", true, false, "ZL2003", "lint"),
        new DialectProbe("rrsig-signer-deeper-than-labels", "ns RRSIG A 5 1 3600 20901231235959 20250630035752 3495 foo.example. AAAA", false, false, "ZL1001", "same"),
    };

    public static IEnumerable<object[]> AllProbes() => Probes.Select(p => new object[] { p.Name });

    [Theory]
    [MemberData(nameof(AllProbes))]
    public void ZoneLintBehavesAsDocumented(string name) => AssertZoneLint(Probe(name));

    /// <summary>The BIND column of the document still holds for the installed named-checkzone.</summary>
    [NamedCheckzoneTheory]
    [MemberData(nameof(AllProbes))]
    public void BindBehavesAsDocumented(string name)
    {
        var probe = Probe(name);
        string file = Write(probe);
        var bind = NamedCheckzone.Check(Path.GetDirectoryName(file)!, "example", file);
        Assert.True(bind.Accepted == probe.BindAccepts,
            $"{name}: docs/zone-file-dialect.md says BIND {(probe.BindAccepts ? "accepts" : "rejects")} it (9.18.49); {NamedCheckzone.Version} {(bind.Accepted ? "accepts" : "rejects")} it: {bind.FirstError}");
    }

    private static DialectProbe Probe(string name) => Probes.Single(p => p.Name == name);

    private static void AssertZoneLint(DialectProbe probe)
    {
        string file = Write(probe);
        var verdict = ZoneLintRunner.Check(file, "example");
        if (probe.ZoneLintAccepts)
        {
            Assert.True(verdict.Accepted, $"{probe.Name}: expected ZoneLint to accept; it reports:\n{verdict.Errors}");
            return;
        }
        Assert.False(verdict.Accepted, $"{probe.Name}: expected ZoneLint to reject (BIND {(probe.BindAccepts ? "accepts" : "rejects")}); it accepts");
        if (probe.ZoneLintRule != null)
            Assert.True(verdict.ErrorIds.Contains(probe.ZoneLintRule), $"{probe.Name}: expected {probe.ZoneLintRule}; got:\n{verdict.Errors}");
    }

    private static string Write(DialectProbe probe)
    {
        string folder = TempWorkspace.Folder("probes");
        string file = Path.Combine(folder, probe.Name + ".zone");
        lock (Probes)
        {
            if (!File.Exists(file))
            {
                string body = probe.Body.StartsWith("$ORIGIN .", System.StringComparison.Ordinal)
                    ? probe.Body.Replace("$ORIGIN .\n", "$ORIGIN .\n$TTL 3600\nexample. SOA ns.example. hostmaster.example. 1 3600 1200 604800 1200\nns.example. A 192.0.2.1\n")
                    : DialectProbe.Header + probe.Body;
                File.WriteAllText(file, body + (body.EndsWith("\n", System.StringComparison.Ordinal) ? "" : "\n"), new UTF8Encoding(false));
            }
        }
        return file;
    }
}
