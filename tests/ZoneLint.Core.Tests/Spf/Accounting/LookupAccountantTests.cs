using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;
using static ZoneLint.Core.Tests.Spf.Accounting.AccountingZones;

namespace ZoneLint.Core.Tests.Spf.Accounting;

/// <summary>The lookup count of RFC 7208 §4.6.4, independent of the sender's address.</summary>
public sealed class LookupAccountantTests
{
    private const string Hosts = "mail IN A 192.0.2.25\nmail IN AAAA 2001:db8::25\n@ IN MX 10 mail\n@ IN A 192.0.2.80\n";

    [Theory]
    [InlineData("a", 1)]
    [InlineData("a:mail.example.com", 1)]
    [InlineData("mx", 1)]
    [InlineData("mx:example.com/24", 1)]
    [InlineData("ptr", 1)]
    [InlineData("exists:mail.example.com", 1)]
    [InlineData("include:_spf.example.com", 2)]
    [InlineData("ip4:192.0.2.0/24", 0)]
    [InlineData("ip6:2001:db8::/32", 0)]
    [InlineData("-all", 0)]
    [InlineData("exp=explain.example.com", 0)]
    [InlineData("unknown-modifier=x", 0)]
    public void Each_term_costs_what_section_4_6_4_says(string term, int subtotal)
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            $"@ IN TXT \"v=spf1 {term}\"\n_spf IN TXT \"v=spf1 a:mail.example.com -all\"\n"));

        Assert.Equal(subtotal, tree.Term(term).Subtotal);
        Assert.Equal(subtotal, tree.Lookups);
        Assert.False(tree.IsLowerBound);
    }

    [Fact]
    public void Redirect_costs_one_plus_the_target_record()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 mx redirect=_spf.example.com\"\n_spf IN TXT \"v=spf1 a a:mail.example.com -all\"\n"));

        var redirect = tree.Term("redirect=_spf.example.com");
        Assert.Equal(1, redirect.OwnCost);
        Assert.Equal(3, redirect.Subtotal);
        Assert.Equal(4, tree.Lookups);
        Assert.Equal(DomainName.Parse("_spf.example.com."), redirect.Domain);
    }

    [Fact]
    public void Terms_after_all_and_redirect_beside_all_cost_nothing()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 a -all mx include:_spf.example.com redirect=_spf.example.com\"\n_spf IN TXT \"v=spf1 a -all\"\n"));

        Assert.Equal(1, tree.Lookups);
        Assert.False(tree.Term("mx").Evaluated);
        Assert.False(tree.Term("redirect=_spf.example.com").Evaluated);
        Assert.Equal(0, tree.Term("include:_spf.example.com").Subtotal);
    }

    [Fact]
    public void The_sample_with_too_many_lookups_counts_eleven_through_its_includes()
    {
        var zone = Sample("lookups.example.com.zone", "lookups.example.com.");
        var tree = new LookupAccountant(new ZoneResolver(new[] { zone })).Account(DomainName.Parse("lookups.example.com."));

        Assert.Equal(11, tree.Lookups);
        Assert.Equal(0, tree.VoidLookups);
        Assert.False(tree.IsLowerBound);
        Assert.Equal(6, tree.Term("include:_spf1.lookups.example.com.").Subtotal); // itself, 2 a, include:_spf3 (1 + 2)
        Assert.Equal(3, tree.Term("include:_spf2.lookups.example.com.").Subtotal);
        Assert.Equal(4, tree.DomainCount); // the apex, _spf1, _spf2, _spf3
    }

    [Fact]
    public void Every_occurrence_of_an_include_counts_even_when_it_is_the_same_domain()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 include:_spf.example.com include:_spf.example.com -all\"\n_spf IN TXT \"v=spf1 a mx -all\"\n"));

        Assert.Equal(6, tree.Lookups);
        Assert.Same(tree.Root.Children[0].Children, tree.Root.Children[1].Children); // shared, not built twice
    }

    [Fact]
    public void A_domain_that_includes_itself_is_a_loop_and_the_branch_stops()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "@ IN TXT \"v=spf1 mx include:example.com -all\"\n"));

        var loop = tree.Term("include:example.com");
        Assert.Equal(LookupStatus.Loop, loop.Status);
        Assert.Equal(1, loop.Subtotal);
        Assert.Empty(loop.Children);
        Assert.Contains("example.com. -> example.com.", loop.Detail);
        Assert.Equal(2, tree.Lookups);
    }

    [Fact]
    public void A_loop_through_another_domain_names_the_cycle()
    {
        var tree = Account("example.com.",
            ("example.com.", Hosts + "@ IN TXT \"v=spf1 include:_spf.example.net -all\"\n"),
            ("example.net.", "_spf IN TXT \"v=spf1 include:_b.example.net\"\n_b IN TXT \"v=spf1 include:_spf.example.net\"\n"));

        var loops = tree.Nodes().Where(n => n.Status == LookupStatus.Loop).ToList();
        var loop = Assert.Single(loops);
        Assert.Equal("include:_spf.example.net", loop.Term!.Text);
        Assert.Contains("_spf.example.net. -> _b.example.net. -> _spf.example.net.", loop.Detail);
        Assert.Equal(3, tree.Lookups);
    }

    [Fact]
    public void Void_lookups_are_counted_through_includes()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 a:gone.example.com mx:www.example.com include:_spf.example.com -all\"\n" +
            "www IN A 192.0.2.80\n" +
            "_spf IN TXT \"v=spf1 exists:nothing.example.com a:mail.example.com -all\"\n"));

        Assert.Equal(3, tree.VoidLookups);
        Assert.True(tree.Term("a:gone.example.com").IsVoid);
        Assert.Contains("does not exist", tree.Term("a:gone.example.com").Detail);
        Assert.True(tree.Term("mx:www.example.com").IsVoid); // the name exists, but has no MX
        Assert.False(tree.Term("include:_spf.example.com").IsVoid);
        Assert.Equal(1, tree.Term("include:_spf.example.com").VoidLookups);
    }

    [Fact]
    public void An_a_term_with_only_an_IPv6_address_is_not_void()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "v6 IN AAAA 2001:db8::1\n@ IN TXT \"v=spf1 a:v6.example.com -all\"\n"));

        Assert.False(tree.Term("a:v6.example.com").IsVoid);
        Assert.Equal(0, tree.VoidLookups);
    }

    [Fact]
    public void An_include_whose_target_has_no_SPF_record_is_no_spf_and_void_when_it_does_not_exist()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 include:gone.example.com include:www.example.com -all\"\nwww IN TXT \"hello\"\n"));

        var gone = tree.Term("include:gone.example.com");
        Assert.Equal(LookupStatus.NoSpf, gone.Status);
        Assert.True(gone.IsVoid);
        var www = tree.Term("include:www.example.com");
        Assert.Equal(LookupStatus.NoSpf, www.Status);
        Assert.False(www.IsVoid);
        Assert.Contains("none starts with v=spf1", www.Detail);
    }

    [Fact]
    public void Mx_address_lookups_do_not_count_but_more_than_ten_names_are_flagged()
    {
        string mx = string.Concat(Enumerable.Range(1, 12).Select(i => $"@ IN MX {i} mx{i}\nmx{i} IN A 192.0.2.{i}\n"));
        var tree = Account("example.com.", ("example.com.", mx + "@ IN TXT \"v=spf1 mx -all\"\n"));

        var node = tree.Term("mx");
        Assert.Equal(1, node.Subtotal);
        Assert.Equal(12, node.NameCount);
        Assert.True(node.ExceedsNameLimit);
        Assert.Equal(1, tree.Lookups);
    }

    [Fact]
    public void Ten_mx_names_are_within_the_limit()
    {
        string mx = string.Concat(Enumerable.Range(1, 10).Select(i => $"@ IN MX {i} mx{i}\nmx{i} IN A 192.0.2.{i}\n"));
        var tree = Account("example.com.", ("example.com.", mx + "@ IN TXT \"v=spf1 mx -all\"\n"));

        Assert.Equal(10, tree.Term("mx").NameCount);
        Assert.False(tree.Term("mx").ExceedsNameLimit);
    }

    [Fact]
    public void Ptr_costs_one_and_says_its_names_depend_on_the_sender()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "@ IN TXT \"v=spf1 ptr -all\"\n"));

        var ptr = tree.Term("ptr");
        Assert.Equal(1, ptr.Subtotal);
        Assert.Null(ptr.NameCount);
        Assert.Contains("sender's address", ptr.Detail);
    }

    [Fact]
    public void A_macro_include_counts_itself_and_marks_the_total_as_a_lower_bound()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "@ IN TXT \"v=spf1 include:%{l}.example.com a -all\"\n"));

        var include = tree.Term("include:%{l}.example.com");
        Assert.Equal(LookupStatus.Macro, include.Status);
        Assert.Equal(1, include.Subtotal);
        Assert.Null(include.Domain);
        Assert.Contains("%{l}", include.Detail);
        Assert.Equal(2, tree.Lookups);
        Assert.True(tree.IsLowerBound);
        Assert.Equal("at least 2 DNS lookups", LookupTreeRenderer.CountPhrase(tree));
    }

    [Fact]
    public void A_macro_exists_costs_exactly_one_and_leaves_the_count_exact()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "@ IN TXT \"v=spf1 exists:%{i}._spf.%{d} -all\"\n"));

        var exists = tree.Term("exists:%{i}._spf.%{d}");
        Assert.Equal(LookupStatus.Macro, exists.Status);
        Assert.Equal(1, exists.Subtotal);
        Assert.False(tree.IsLowerBound);
    }

    [Fact]
    public void The_d_macro_is_known_in_advance_and_expanded()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 include:_spf.%{d} -all\"\n_spf IN TXT \"v=spf1 a mx -all\"\n"));

        var include = tree.Term("include:_spf.%{d}");
        Assert.Equal(LookupStatus.Ok, include.Status);
        Assert.Equal(DomainName.Parse("_spf.example.com."), include.Domain);
        Assert.Equal(3, include.Subtotal);
    }

    [Fact]
    public void An_include_outside_every_zone_is_unknown_not_followed_and_a_lower_bound()
    {
        var tree = Account("example.com.", ("example.com.", Hosts + "@ IN TXT \"v=spf1 mx include:_spf.google.com ~all\"\n"));

        var google = tree.Term("include:_spf.google.com");
        Assert.Equal(LookupStatus.Unknown, google.Status);
        Assert.Equal(1, google.Subtotal);
        Assert.True(google.IsLowerBound);
        Assert.Equal(2, tree.Lookups);
        Assert.True(tree.IsLowerBound);
    }

    [Fact]
    public void A_failed_lookup_is_a_dns_failure_with_its_reason()
    {
        var resolver = new StubResolver(Resolver(("example.com.", Hosts + "@ IN TXT \"v=spf1 include:_spf.example.net -all\"\n")))
            .Answer("_spf.example.net.", DnsStatus.Timeout, "no answer in 2 s");
        var tree = new LookupAccountant(resolver).Account(DomainName.Parse("example.com."));

        var node = tree.Term("include:_spf.example.net");
        Assert.Equal(LookupStatus.DnsFailure, node.Status);
        Assert.Contains("temperror", node.Detail);
        Assert.Contains("no answer in 2 s", node.Detail);
        Assert.True(tree.IsLowerBound);
    }

    [Fact]
    public void A_target_with_two_SPF_records_is_an_error()
    {
        var tree = Account("example.com.", ("example.com.", Hosts +
            "@ IN TXT \"v=spf1 include:_spf.example.com -all\"\n_spf IN TXT \"v=spf1 a -all\"\n_spf IN TXT \"v=spf1 mx -all\"\n"));

        var node = tree.Term("include:_spf.example.com");
        Assert.Equal(LookupStatus.Error, node.Status);
        Assert.Contains("2 SPF records", node.Detail);
    }

    [Fact]
    public void A_domain_without_SPF_gives_a_root_with_no_spf()
    {
        var tree = Account("example.com.", ("example.com.", Hosts));

        Assert.Equal(LookupStatus.NoSpf, tree.Root.Status);
        Assert.Equal(0, tree.Lookups);
        Assert.Empty(tree.Root.Children);
    }

    [Fact]
    public void Each_record_and_address_is_asked_for_once_however_often_it_is_named()
    {
        var resolver = new StubResolver(Resolver(("example.com.", Hosts +
            "@ IN TXT \"v=spf1 include:_a.example.com include:_b.example.com -all\"\n" +
            "_a IN TXT \"v=spf1 include:_c.example.com a:mail.example.com -all\"\n" +
            "_b IN TXT \"v=spf1 include:_c.example.com a:mail.example.com -all\"\n" +
            "_c IN TXT \"v=spf1 a:mail.example.com -all\"\n")));
        var tree = new LookupAccountant(resolver).Account(DomainName.Parse("example.com."));

        Assert.Equal(8, tree.Lookups); // 2 x (include, include:_c, a:mail inside _c, a:mail)
        Assert.Equal(resolver.Queries.Count, resolver.Queries.Distinct().Count());
    }

    [Fact]
    public void Trees_of_one_accountant_reuse_subtrees_without_loops_but_not_those_with_one()
    {
        var accountant = new LookupAccountant(Resolver(("example.com.", Hosts +
            "_a IN TXT \"v=spf1 include:_spf.example.com include:_loop.example.com -all\"\n" +
            "_b IN TXT \"v=spf1 include:_spf.example.com include:_loop.example.com -all\"\n" +
            "_spf IN TXT \"v=spf1 a mx a:mail.example.com -all\"\n" +
            "_loop IN TXT \"v=spf1 include:_back.example.com -all\"\n" +
            "_back IN TXT \"v=spf1 include:_loop.example.com -all\"\n")));

        var a = accountant.Account(DomainName.Parse("_a.example.com."));
        var b = accountant.Account(DomainName.Parse("_b.example.com."));

        Assert.Equal(a.Lookups, b.Lookups);
        Assert.Equal(7, b.Lookups); // include:_spf 4, include:_loop -> include:_back -> include:_loop (loop) 3
        Assert.Same(a.Term("include:_spf.example.com").Children, b.Term("include:_spf.example.com").Children);
        Assert.NotSame(a.Term("include:_loop.example.com").Children, b.Term("include:_loop.example.com").Children);
        Assert.Single(b.Nodes(), n => n.Status == LookupStatus.Loop);
    }

    [Fact]
    public void A_fan_out_forty_levels_deep_stays_linear_and_caps_the_count()
    {
        // Level i includes level i+1 twice: 2^40 lookups by RFC counting, 41 records to read.
        var body = new System.Text.StringBuilder();
        for (int level = 0; level < 40; level++)
            body.Append($"l{level} IN TXT \"v=spf1 include:l{level + 1}.example.com include:l{level + 1}.example.com -all\"\n");
        body.Append("l40 IN TXT \"v=spf1 a -all\"\n");
        var resolver = new StubResolver(Resolver(("example.com.", body.ToString())));

        var tree = new LookupAccountant(resolver).Account(DomainName.Parse("l0.example.com."));

        Assert.Equal(LookupAccountant.Ceiling, tree.Lookups);
        Assert.True(tree.IsCapped);
        Assert.Equal(41, tree.DomainCount);
        Assert.True(tree.NodeCount <= 41 * 3 + 1, $"{tree.NodeCount} nodes");
        Assert.True(resolver.Queries.Count <= 41 * 3, $"{resolver.Queries.Count} queries");
        Assert.Equal(tree.NodeCount, tree.Nodes().Count()); // each distinct node once: shared subtrees are not re-walked
        Assert.Equal("1000 or more DNS lookups", LookupTreeRenderer.CountPhrase(tree));
    }

    [Fact]
    public void A_chain_deeper_than_the_limit_is_cut_and_marked_as_a_lower_bound()
    {
        var body = new System.Text.StringBuilder();
        for (int level = 0; level < LookupAccountant.MaxDepth + 20; level++)
            body.Append($"l{level} IN TXT \"v=spf1 include:l{level + 1}.example.com -all\"\n");
        var tree = Account("l0.example.com.", ("example.com.", body.ToString()));

        Assert.True(tree.IsLowerBound);
        Assert.Equal(LookupAccountant.MaxDepth + 1, tree.Lookups); // the include that is cut still counts
        Assert.Contains(tree.Nodes(), n => n.Detail?.Contains("nested more than") == true);
    }

    [Fact]
    public void A_record_already_in_hand_keeps_the_spans_of_its_terms()
    {
        var zone = Parse("example.com.", Hosts + "@ IN TXT \"v=spf1 a include:_spf.example.com -all\"\n_spf IN TXT \"v=spf1 mx -all\"\n");
        var txt = zone.Records.First(r => r.Type == RRType.TXT);
        var record = SpfRecordParser.Parse(SpfText.FromCharacterStrings(txt.Rdata.Strings));

        var tree = new LookupAccountant(new ZoneResolver(new[] { zone })).Account(txt.Owner, record, txt);

        Assert.Equal(3, tree.Lookups);
        var include = tree.Term("include:_spf.example.com");
        Assert.NotNull(include.Term!.Span);
        Assert.NotNull(include.Children.Single(c => c.Term?.Text == "mx").Term!.Span); // from the zone, not from octets
        Assert.Same(txt, tree.Root.Fetched!.ZoneRecord);
    }
}
