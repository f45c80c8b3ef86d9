using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf.Flattening;

namespace ZoneLint.Core.Tests.Spf.Flattening;

/// <summary>`spf flatten`: the costliest includes replaced by their networks, only where that is certain.</summary>
public sealed class SpfFlattenerTests
{
    private const string Zone = FlattenZones.Example;

    private static FlattenProposal Flatten(string zone, int limit = 10)
    {
        var parsed = ZoneParser.ParseText("example.com.zone", zone, new ParseOptions { Origin = DomainName.Parse("example.com.") });
        Assert.Empty(parsed.Diagnostics);
        return SpfFlattener.Flatten(DomainName.Parse("example.com."), new ZoneResolver(new[] { parsed }), limit);
    }

    [Fact]
    public void The_costliest_include_is_replaced_by_its_networks()
    {
        var proposal = Flatten(Zone);

        Assert.Equal(13, proposal.Tree.Lookups);
        Assert.True(proposal.IsNeeded);
        Assert.Equal(7, proposal.Lookups);
        Assert.True(proposal.IsUnderLimit);
        Assert.Equal(
            "v=spf1 mx a:web.example.com ip4:203.0.113.1 ip4:203.0.113.32/28 ip6:2001:db8::3 ip4:203.0.113.200 ip6:2001:db8:1::/48 ip4:198.51.100.0/24 include:_small.example.com include:_dyn.example.com ~all",
            proposal.Text);
        var big = Assert.Single(proposal.Includes);
        Assert.Equal(("include:_big.example.com", 6, true), (big.Term, big.Lookups, big.IsFlattened));
    }

    [Fact]
    public void A_lower_limit_flattens_the_next_include_too_and_keeps_what_depends_on_the_sender()
    {
        var proposal = Flatten(Zone, limit: 4);

        Assert.Equal(4, proposal.Lookups);
        Assert.Equal(new[] { "include:_big.example.com", "include:_small.example.com" }, proposal.Includes.Where(i => i.IsFlattened).Select(i => i.Term));
        Assert.DoesNotContain("include:_small.example.com", proposal.Terms);
        // The networks of _small repeat those of _big: each appears once.
        Assert.Single(proposal.Terms, t => t == "ip4:203.0.113.1");

        var stricter = Flatten(Zone, limit: 3);
        Assert.False(stricter.IsUnderLimit);
        var dyn = stricter.Includes.Single(i => i.Term == "include:_dyn.example.com");
        Assert.False(dyn.IsFlattened);
        Assert.Contains("exists:%{i}._spf.example.com", dyn.Refusal);
        Assert.Contains("include:_dyn.example.com", stricter.Terms);
    }

    [Fact]
    public void A_record_within_the_limit_is_left_alone()
    {
        var proposal = Flatten(Zone.Replace("include:_big.example.com ", ""));
        Assert.False(proposal.IsNeeded);
        Assert.Empty(proposal.Includes);
        Assert.Equal("v=spf1 mx a:web.example.com include:_small.example.com include:_dyn.example.com ~all", proposal.Text);
    }

    [Theory]
    [InlineData("-a:h2.example.com a a a a a ~all", "'-a:h2.example.com', whose order against the other terms")]
    [InlineData("a a a a a a +all", "ends in +all")]
    [InlineData("a a a a a a:%{l}.example.com ~all", "a macro hides its name")]
    [InlineData("a a a a a a:nowhere.example.net ~all", "no answer for nowhere.example.net. A")]
    public void Include_whose_networks_are_not_certain_is_kept(string terms, string reason)
    {
        // Six lookups in _big, as before, so that it is the include tried first.
        string zone = string.Join("\n", Zone.Split('\n').Where(l => !l.StartsWith("_big"))) + $"\n_big TXT \"v=spf1 {terms}\"\n";
        var proposal = Flatten(zone);
        var include = proposal.Includes.First();
        Assert.Equal("include:_big.example.com", include.Term);
        Assert.False(include.IsFlattened);
        Assert.Contains(reason, include.Refusal);
        Assert.Contains("include:_big.example.com", proposal.Terms);
    }
}
