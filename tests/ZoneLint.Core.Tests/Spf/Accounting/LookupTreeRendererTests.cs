using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Accounting;
using static ZoneLint.Core.Tests.Spf.Accounting.AccountingZones;

namespace ZoneLint.Core.Tests.Spf.Accounting;

public sealed class LookupTreeRendererTests
{
    private static LookupTree SampleTree()
    {
        var zone = Sample("lookups.example.com.zone", "lookups.example.com.");
        return new LookupAccountant(new ZoneResolver(new[] { zone })).Account(DomainName.Parse("lookups.example.com."));
    }

    [Fact]
    public void The_tree_shows_what_each_include_costs_with_aligned_costs()
    {
        string text = LookupTreeRenderer.Render(SampleTree());

        Assert.Equal("""
            lookups.example.com.                   11  DNS lookups in all (limit 10); 0 void (limit 2)
              a                                     1
              mx                                    1  2 names
              include:_spf1.lookups.example.com.    6
                a:relay1.lookups.example.com        1
                a:relay2.lookups.example.com        1
                include:_spf3.lookups.example.com   3
                  a:backup.lookups.example.com      1
                  mx:lookups.example.com            1  2 names
              include:_spf2.lookups.example.com.    3
                a:crm.lookups.example.com           1
                a:newsletter.lookups.example.com    1

            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void The_summary_lists_the_dearest_terms_first()
    {
        Assert.Equal("include:_spf1.lookups.example.com. 6, include:_spf2.lookups.example.com. 3, a 1, mx 1",
            LookupTreeRenderer.Summary(SampleTree()));
        Assert.Equal("11 DNS lookups", LookupTreeRenderer.CountPhrase(SampleTree()));
    }

    [Fact]
    public void A_shared_subtree_is_printed_once_and_later_marked_as_counted_above()
    {
        var tree = Account("example.com.", ("example.com.",
            "@ IN TXT \"v=spf1 include:_spf.example.com include:_spf.example.com -all\"\n_spf IN TXT \"v=spf1 a:x.example.com -all\"\nx IN A 192.0.2.1\n"));

        var lines = LookupTreeRenderer.Lines(tree);

        Assert.Equal(new[] { 0, 1, 2, 1 }, lines.Select(l => l.Depth));
        Assert.False(lines[1].IsRepeat);
        Assert.True(lines[3].IsRepeat);
        Assert.Equal("counted above", lines[3].Note);
        Assert.Equal("2", lines[3].Cost);
    }

    [Fact]
    public void Lower_bounds_unknown_includes_and_problems_are_spelled_out()
    {
        var tree = Account("example.com.", ("example.com.",
            "@ IN TXT \"v=spf1 include:_spf.google.com include:gone.example.com include:%{l}.example.com a:nx.example.com -all\"\n"));

        var lines = LookupTreeRenderer.Lines(tree).ToDictionary(l => l.Label);

        Assert.Equal("not followed: not in the zones or the lock file", lines["include:_spf.google.com"].Note);
        Assert.Equal("1+", lines["include:_spf.google.com"].Cost);
        Assert.Equal("no SPF record: does not exist", lines["include:gone.example.com"].Note);
        Assert.StartsWith("the target depends on %{l}", lines["include:%{l}.example.com"].Note);
        Assert.Equal("void lookup: the name does not exist", lines["a:nx.example.com"].Note);
        string rootLine = LookupTreeRenderer.Render(tree).Split('\n')[0];
        Assert.EndsWith(" 4+  DNS lookups in all (limit 10); 2 void (limit 2); a lower bound: some branches were not followed", rootLine);
    }

    [Fact]
    public void An_expanded_macro_target_is_shown_beside_the_term()
    {
        var tree = Account("example.com.", ("example.com.", "@ IN TXT \"v=spf1 a:%{d} -all\"\n@ IN A 192.0.2.1\n"));

        Assert.Equal("a:%{d} (example.com.)", LookupTreeRenderer.Lines(tree)[1].Label);
    }
}
