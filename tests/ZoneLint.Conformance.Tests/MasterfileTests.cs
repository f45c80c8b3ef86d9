using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using ZoneLint.Core.Model;

namespace ZoneLint.Conformance.Tests;

/// <summary>
/// BIND's "masterfile" system test (bind9/masterfile): $INCLUDE origin/owner semantics and the two TTL regimes,
/// compared record for record with the zone contents BIND serves (owner, TTL, type, and the address of A records).
/// </summary>
public class MasterfileTests
{
    private static string Folder => BindExpectations.MasterfileFolder;

    [ConformanceFact]
    public void IncludeSemantics()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "ns1", "include.db"), "include", Path.Combine(Folder, "ns1"));
        Assert.True(verdict.Accepted, verdict.Errors);
        AssertRecords(verdict, new[]
        {
            "include. 300 SOA", "include. 300 NS",
            "a.include. 300 A 10.0.0.1", "a.include. 300 A 10.0.0.99", "a.a.include. 300 A 10.0.1.1",
            "b.foo.a.include. 300 A 10.0.2.2", "b.include. 300 A 10.0.0.2", "a.b.include. 300 A 10.0.1.1",
            "c.b.include. 300 A 10.0.0.3", "b.foo.b.include. 300 A 10.0.2.2", "ns.include. 300 A 127.0.0.1",
        });
    }

    /// <summary>The parts of include.db that do not depend on the owner after $INCLUDE: origins are restored.</summary>
    [ConformanceFact]
    public void IncludeRestoresTheOrigin()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "ns1", "include.db"), "include", Path.Combine(Folder, "ns1"));
        Assert.True(verdict.ParsedWithoutError, verdict.Errors);
        var owners = verdict.Result.Zone.Records.Select(r => r.Owner.ToString()).ToList();
        foreach (var name in new[] { "a.a.include.", "b.foo.a.include.", "b.include.", "a.b.include.", "c.b.include.", "b.foo.b.include." })
            Assert.Contains(name, owners);
    }

    /// <summary>ttl1.db: no $TTL and no TTL on the SOA: records without a TTL take the SOA minimum, and an explicit TTL does not carry over (BIND 8 semantics).</summary>
    [ConformanceFact]
    public void Bind8TtlSemantics()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "ns1", "ttl1.db"), "ttl1");
        Assert.True(verdict.Accepted, verdict.Errors);
        AssertRecords(verdict, new[]
        {
            "ttl1. 3 SOA", "ttl1. 3 NS", "a.ttl1. 3 TXT", "b.ttl1. 2 TXT", "c.ttl1. 3 TXT",
            "d.ttl1. 1 TXT", "e.ttl1. 4 TXT", "f.ttl1. 1 TXT", "ns.ttl1. 3 A 10.53.0.1",
        });
    }

    /// <summary>ttl2.db: the SOA has a TTL: a record without a TTL inherits the last explicit one until $TTL (RFC 1035 §5.1).</summary>
    [ConformanceFact]
    public void Rfc1035TtlSemantics()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "ns1", "ttl2.db"), "ttl2");
        Assert.True(verdict.Accepted, verdict.Errors);
        AssertRecords(verdict, new[]
        {
            "ttl2. 1 SOA", "ttl2. 1 NS", "a.ttl2. 1 TXT", "b.ttl2. 2 TXT", "c.ttl2. 2 TXT",
            "d.ttl2. 3 TXT", "e.ttl2. 2 TXT", "f.ttl2. 3 TXT", "ns.ttl2. 1 A 10.53.0.1",
        });
    }

    [ConformanceFact]
    public void InitialFileTemplate()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "ns2", "example.db"), "example");
        Assert.True(verdict.Accepted, verdict.Errors);
        AssertRecords(verdict, new[] { "example. 300 SOA", "example. 300 NS", "ns2.example. 300 A 10.53.0.2" });
    }

    /// <summary>zone/inheritownerafterinclude.db: after $INCLUDE the owner-less TXT is at the apex, not at the include's last owner.</summary>
    [ConformanceFact]
    public void OwnerAfterIncludeIsTheApex()
    {
        var verdict = ZoneLintRunner.CheckAsBind(Path.Combine(Folder, "zone", "inheritownerafterinclude.db"), "example", Folder);
        Assert.True(verdict.Accepted, verdict.Errors);
        AssertRecords(verdict, new[] { "example. 0 SOA", "example. 0 TXT", "example. 0 NS" });
    }

    private static void AssertRecords(ZoneLintVerdict verdict, IEnumerable<string> expected)
    {
        var actual = verdict.Result.Zone.Records.Select(Describe).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        var wanted = expected.OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, actual);
    }

    private static string Describe(ResourceRecord r)
    {
        string text = $"{r.Owner} {r.Ttl} {r.TypeName}";
        if (r.Type == RRType.A && r.Rdata.Wire.Length == 4) text += " " + new IPAddress(r.Rdata.Wire);
        return text;
    }
}
