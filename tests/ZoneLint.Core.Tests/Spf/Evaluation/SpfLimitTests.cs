using System.Linq;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Core.Tests.Spf.Evaluation;

/// <summary>RFC 7208 §4.6.4: 10 DNS-querying terms, 2 void lookups, 10 names per mx or ptr; loops end there too.</summary>
public sealed class SpfLimitTests
{
    private static string Hosts(int count) =>
        string.Join("\n", Enumerable.Range(1, count).Select(i => $"h{i}.example.com A 198.51.100.{i}"));

    [Theory]
    [InlineData(10, SpfResultCode.Fail)]
    [InlineData(11, SpfResultCode.PermError)]
    public void TheEleventhLookupIsPermerror(int terms, SpfResultCode expected)
    {
        string record = string.Join(" ", Enumerable.Range(1, terms).Select(i => $"a:h{i}.example.com"));
        var world = new SpfWorld($"example.com TXT \"v=spf1 {record} -all\"\n{Hosts(terms)}");
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(expected, result.Code);
        Assert.Equal(terms, result.Lookups);
        if (expected == SpfResultCode.PermError) Assert.Contains("more than 10 DNS-querying terms", result.Reason);
    }

    [Fact]
    public void LookupsAreCountedThroughIncludesAndRedirects()
    {
        var world = new SpfWorld($"""
            example.com TXT "v=spf1 include:one.example.com redirect=two.example.com"
            one.example.com TXT "v=spf1 a:h1.example.com a:h2.example.com a:h3.example.com a:h4.example.com"
            two.example.com TXT "v=spf1 a:h5.example.com a:h6.example.com a:h7.example.com a:h8.example.com a:h9.example.com -all"
            {Hosts(9)}
            """);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code); // 1 include + 4 + 1 redirect + 5 = 11
        Assert.Equal(11, result.Lookups);
    }

    [Fact]
    public void AnIncludeLoopEndsInPermerror()
    {
        var world = new SpfWorld("""
            example.com TXT "v=spf1 include:loop.example.net -all"
            loop.example.net TXT "v=spf1 include:example.com -all"
            """);
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(SpfResultCode.PermError, result.Code);
        Assert.Equal(11, result.Lookups);
    }

    [Fact]
    public void ARedirectToItselfEndsInPermerror()
    {
        var world = new SpfWorld("example.com TXT \"v=spf1 redirect=example.com\"");
        Assert.Equal(SpfResultCode.PermError, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Theory]
    [InlineData(2, SpfResultCode.Neutral)]
    [InlineData(3, SpfResultCode.PermError)]
    public void TheThirdVoidLookupIsPermerror(int voids, SpfResultCode expected)
    {
        string record = string.Join(" ", Enumerable.Range(1, voids).Select(i => $"a:gone{i}.example.com"));
        var world = new SpfWorld($"example.com TXT \"v=spf1 {record} ?all\"");
        var result = world.Check("192.0.2.1", "a@example.com");
        Assert.Equal(expected, result.Code);
        Assert.Equal(voids, result.VoidLookups);
    }

    [Theory]
    [InlineData(10, SpfResultCode.Pass)]
    [InlineData(11, SpfResultCode.PermError)]
    public void MoreThanTenMxNamesIsPermerrorWhateverTheirOrder(int names, SpfResultCode expected)
    {
        // The matching host comes first; an 11th MX name is still permerror (the answer does not hang on RRset order).
        var mx = string.Join("\n", Enumerable.Range(1, names).Select(i => $"example.com MX {i} h{i}.example.com."));
        var world = new SpfWorld($"example.com TXT \"v=spf1 mx -all\"\n{mx}\n{Hosts(names)}");
        Assert.Equal(expected, world.Check("198.51.100.1", "a@example.com").Code);
    }

    [Fact]
    public void PtrLooksAtTheFirstTenNamesOnly()
    {
        var ptr = string.Join("\n", Enumerable.Range(1, 11).Select(i => $"1.2.0.192.in-addr.arpa PTR h{i}.example.net."));
        var world = new SpfWorld($"""
            example.com TXT "v=spf1 ptr:h11.example.net ?all"
            {ptr}
            h11.example.net A 192.0.2.1
            """);
        Assert.Equal(SpfResultCode.Neutral, world.Check("192.0.2.1", "a@example.com").Code);
    }

    [Fact]
    public void LimitsAreOptions()
    {
        var world = new SpfWorld($"example.com TXT \"v=spf1 a:h1.example.com a:h2.example.com -all\"\n{Hosts(2)}");
        var result = world.Check("192.0.2.1", "a@example.com", options: new SpfEvaluatorOptions { LookupLimit = 1 });
        Assert.Equal(SpfResultCode.PermError, result.Code);
    }
}
