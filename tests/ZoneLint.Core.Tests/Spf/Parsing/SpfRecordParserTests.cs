using System.Linq;
using System.Net;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Tests.Spf.Parsing;

/// <summary>The ABNF of RFC 7208 §12, term by term.</summary>
public sealed class SpfRecordParserTests
{
    [Theory]
    [InlineData("v=spf1", true)]
    [InlineData("v=spf1 -all", true)]
    [InlineData("V=SPF1 -all", true)]
    [InlineData("v=SpF1 ~all", true)]
    [InlineData("v=spf1 ", true)]
    [InlineData("v=spf10", false)]
    [InlineData("v=spf1a mx", false)]
    [InlineData("v=spf1\tmx", false)]
    [InlineData(" v=spf1 mx", false)]
    [InlineData("v=spf 1 mx", false)]
    [InlineData("spf2.0/pra -all", false)]
    [InlineData("v=spf2.0 mx", false)]
    [InlineData("", false)]
    [InlineData("v=spf", false)]
    public void Version_is_selected_as_section_4_5_says(string text, bool expected)
    {
        Assert.Equal(expected, SpfRecordParser.IsSpfRecord(text));
    }

    [Theory]
    [InlineData("v=spf1")]
    [InlineData("v=spf1 ")]
    [InlineData("v=spf1 a  -all")]
    [InlineData("v=spf1 a -all ")]
    [InlineData("v=spf1 all")]
    [InlineData("v=spf1 +all -all ~all ?all")]
    [InlineData("v=spf1 include:_spf.google.com ~all")]
    [InlineData("v=spf1 include:o.spf.example.com. ~all")]
    [InlineData("v=spf1 a a/24 a//64 a/24//64 a/0 a//0 a:mail.example.com a:mail.example.com/24//64")]
    [InlineData("v=spf1 mx mx/24 mx//128 mx:example.com mx:foo.example.com/24")]
    [InlineData("v=spf1 ptr ptr:example.com ptr:example.Com")]
    [InlineData("v=spf1 ip4:192.0.2.1 ip4:192.0.2.0/24 ip4:0.0.0.0/0 ip4:255.255.255.255/32")]
    [InlineData("v=spf1 ip6:2001:db8::/32 ip6:::1 ip6:::1.1.1.1/0 ip6:::FFFF:1.2.3.4 ip6:Cafe:Babe:8000::/33 ip6:1:2:3:4:5:6:7:8/128")]
    [InlineData("v=spf1 ip6:1:2:3:4:5:6:1.2.3.4 ip6:1:2:3:4:5:6:7:: ip6:::2:3:4:5:6:7:8")]
    [InlineData("v=spf1 exists:%{i}.%{l2r-}.user.%{d2} exists:%{l2r+-}.user.%{d2}")]
    [InlineData("v=spf1 a:foo:bar/baz.example.com a:foo.example.xn--zckzah a:e.b-c a:mail.example...com")]
    [InlineData("v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all")]
    [InlineData("v=spf1 a:%{H}.bar a:%{H} redirect=%{d}.d.spf.example.com.")]
    [InlineData("v=spf1 -all exp=msg8.%{D2}")]
    [InlineData("v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all")]
    [InlineData("v=spf1 default=pass")]
    [InlineData("v=spf1 default=+")]
    [InlineData("v=spf1 ra=postmaster rp=100 rr=all")]
    [InlineData("v=spf1 include=_spf.google.com")]
    [InlineData("v=spf1 redirect=_spf.example.com exp=explain.example.com")]
    [InlineData("v=spf1 x=%{c}%{r}%{t}")]
    public void Valid_records_have_no_errors(string text)
    {
        var record = SpfRecordParser.Parse(text);
        Assert.True(record.IsValid, string.Join("; ", record.Errors.Select(e => e.Message)));
        Assert.Equal(text.Split(' ').Count(w => w.Length > 0) - 1, record.Terms.Count);
    }

    [Theory]
    [InlineData("inlcude:_spf.google.com", "unknown mechanism 'inlcude'", "did you mean include?")]
    [InlineData("includ:_spf.google.com", "unknown mechanism 'includ'", "did you mean include?")]
    [InlineData("ipv4:192.0.2.1", "unknown mechanism 'ipv4'", "did you mean ip4?")]
    [InlineData("moo", "unknown mechanism 'moo'", "mechanisms are all, include")]
    [InlineData("~", "qualifier with no mechanism", "")]
    [InlineData("!all", "'!' is not a qualifier", "use +, -, ~ or ?")]
    [InlineData("=all", "modifier with no name", "")]
    [InlineData("1up=foo", "'1up' is not a modifier name", "starts with a letter")]
    [InlineData("-redirect=x.example", "a modifier takes no qualifier", "write redirect=x.example")]
    [InlineData("moo.cow/far_out=man:dog/cat", "unknown mechanism 'moo'", "")]
    [InlineData("moo.cow:far_out=man:dog/cat", "unknown mechanism 'moo'", "")]
    [InlineData("redirect:t2.example.com", "redirect is a modifier", "write redirect=t2.example.com")]
    [InlineData("192.0.2.1", "is an address with no mechanism", "write ip4:192.0.2.1")]
    [InlineData("-2001:db8::1", "is an address with no mechanism", "write -ip6:2001:db8::1")]
    [InlineData("-all.", "all takes nothing after it", "")]
    [InlineData("-all:foobar", "all takes no domain", "")]
    [InlineData("-all/8", "all takes no prefix length", "")]
    [InlineData("include", "include needs a domain", "include:_spf.example.com")]
    [InlineData("include:", "include needs a domain", "")]
    [InlineData("include:ip5.example.com/24", "include takes no prefix length", "")]
    [InlineData("exists", "exists needs a domain", "")]
    [InlineData("exists:mail.example.com/24", "exists takes no prefix length", "")]
    [InlineData("ptr/0", "ptr takes no prefix length", "")]
    [InlineData("ptr:", "needs a domain after ':'", "")]
    [InlineData("a:", "needs a domain after ':'", "")]
    [InlineData("mx:", "needs a domain after ':'", "")]
    [InlineData("a:museum", "'museum' is a single label", "")]
    [InlineData("a:museum.", "is a single label", "")]
    [InlineData("a:foo-bar", "is a single label", "")]
    [InlineData("a:abc.123", "ends in '123', which is not a top label: it is all digits", "")]
    [InlineData("a:example.-com", "it begins or ends with '-'", "")]
    [InlineData("a:example.com:8080", "ends in 'com:8080'", "a port has no place in SPF")]
    [InlineData("a:111.222.33.44", "is an address, not a domain", "write ip4:111.222.33.44")]
    [InlineData("a/33", "ip4 prefix length 33 is over 32", "an IPv6 length follows '//', as in a//33")]
    [InlineData("a//129", "ip6 prefix length 129 is over 128", "")]
    [InlineData("a/24/64", "'/24/64' is not a valid prefix length", "a/24//64")]
    [InlineData("a/", "ip4 prefix length is missing after '/'", "")]
    [InlineData("mx/33", "ip4 prefix length 33 is over 32", "")]
    [InlineData("mx//129", "ip6 prefix length 129 is over 128", "")]
    [InlineData("ip4", "ip4 needs an address", "ip4:192.0.2.0/24")]
    [InlineData("ip4:", "needs an address right after ':', with no space", "")]
    [InlineData("ip4:1.2.3.4/33", "ip4 prefix length 33 is over 32", "")]
    [InlineData("ip4:1.2.3.4/032", "ip4 prefix length '032' has a leading zero", "")]
    [InlineData("ip4:1.2.3.4//32", "ip4 takes one prefix length", "")]
    [InlineData("ip4:1.2.3.4:8080", "holds a port (:8080)", "")]
    [InlineData("ip4:1.2.3", "has 3 of the 4 numbers", "1.2.3.0/24")]
    [InlineData("ip4:192.0.2.01", "'01' has a leading zero", "")]
    [InlineData("ip4:192.0.2.256", "256 is over 255", "")]
    [InlineData("ip4:2001:db8::1", "is an IPv6 address; use ip6:2001:db8::1", "")]
    [InlineData("ip4:192.0.2.x", "is not an IPv4 address", "")]
    [InlineData("ip6", "ip6 needs an address", "")]
    [InlineData("ip6:::1.1.1.1/129", "ip6 prefix length 129 is over 128", "")]
    [InlineData("ip6:::1.1.1.1//33", "ip6 takes one prefix length", "")]
    [InlineData("ip6::CAFE::BABE", "is not an IPv6 address", "")]
    [InlineData("ip6:1::2::3", "'::' may appear once", "")]
    [InlineData("ip6:1:2:3:4:5:6:7", "is not an IPv6 address", "")]
    [InlineData("ip6:1:2:3:4:5:6:7:8:9", "is not an IPv6 address", "")]
    [InlineData("ip6:1:2:3:4:5:6:7:8::", "is not an IPv6 address", "")]
    [InlineData("ip6:12345::", "is not an IPv6 address", "")]
    [InlineData("ip6:192.0.2.1", "is an IPv4 address; use ip4:192.0.2.1", "")]
    [InlineData("ip6:2001:db8::/0129", "ip6 prefix length 129 is over 128", "")]
    [InlineData("exists:%(ir).sbl.example.com", "a '%' must be followed by '{', '%', '_' or '-'", "")]
    [InlineData("exists:foo%.sbl.example.com", "a '%' must be followed by", "")]
    [InlineData("a:foo.example.com%", "a '%' ends the text", "")]
    [InlineData("a:%{a}.example.com", "'a' is not a macro letter", "")]
    [InlineData("a:%{}.example.com", "names no macro letter", "")]
    [InlineData("a:%{d.example.com", "never closed", "")]
    [InlineData("a:%{d0}.example.com", "must not be 0", "")]
    [InlineData("a:%{d2x}.example.com", "'x' is not a delimiter", "")]
    [InlineData("exp=%{r}.example.com", "allowed only in explanation text", "")]
    [InlineData("a:%{c}.example.com", "allowed only in explanation text", "")]
    [InlineData("a:%{t}.example.com", "allowed only in explanation text", "")]
    [InlineData("foo=%abc", "a '%' must be followed by", "")]
    [InlineData("exp=", "exp= needs a domain", "")]
    [InlineData("redirect=", "redirect= needs a domain", "")]
    [InlineData("exp=-all", "is a single label", "")]
    [InlineData("redirect=-all", "is a single label", "")]
    [InlineData("~all\"", "the double quote is part of the data", "stray quote")]
    [InlineData("\"v=spf1", "holds a double quote", "stray quote")]
    [InlineData("a:ctrl.example.com\rptr", "control character \\013", "separated by spaces only")]
    [InlineData("a:foo.example.com\0", "control character \\000", "")]
    [InlineData("\u00E2\u0080\u0096all", "non-ASCII", "")]
    [InlineData("a:\u00EF\u00BB\u00BFgarbage.example.net", "non-ASCII", "")]
    public void Invalid_terms_are_errors_that_name_the_term_and_why(string term, string why, string hint)
    {
        string text = "v=spf1 " + term + " -all";
        var record = SpfRecordParser.Parse(text);
        var error = Assert.Single(record.Errors);
        Assert.Equal(7, error.Start);
        Assert.Equal(7 + term.Length, error.End);
        Assert.Contains(why, error.Message);
        Assert.Contains(hint, error.Message);
        Assert.DoesNotContain(record.Terms, t => t.Start == 7);
    }

    [Fact]
    public void Parsing_goes_on_after_an_error_so_every_bad_term_is_reported()
    {
        var record = SpfRecordParser.Parse("v=spf1 inlcude:_spf.google.com ip4:192.0.2.1/33 mx ipv6:2001:db8::1 ~all");
        Assert.Equal(new[] { "inlcude:_spf.google.com", "ip4:192.0.2.1/33", "ipv6:2001:db8::1" },
            record.Errors.Select(e => record.Text.Value.Substring(e.Start, e.End - e.Start)));
        Assert.Equal(new[] { "mx", "~all" }, record.Terms.Select(t => t.Text));
    }

    [Theory]
    [InlineData("v=spf1 redirect=a.example redirect=b.example", "redirect=b.example", "the second redirect=")]
    [InlineData("v=spf1 exp=e13msg.example.com -all exp=e11msg.example.com", "exp=e11msg.example.com", "the second exp=")]
    [InlineData("v=spf1 REDIRECT=a.example redirect=a.example", "redirect=a.example", "each may appear once")]
    public void Redirect_and_exp_may_appear_once(string text, string second, string message)
    {
        var record = SpfRecordParser.Parse(text);
        var error = Assert.Single(record.Errors);
        Assert.Equal(second, text.Substring(error.Start, error.End - error.Start));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Text_that_is_not_SPF_is_one_error_on_the_version()
    {
        var record = SpfRecordParser.Parse("v=spf10 mx");
        var error = Assert.Single(record.Errors);
        Assert.Equal((0, 7), (error.Start, error.End));
        Assert.Contains("'v=spf10' is not the version 'v=spf1'", error.Message);
        Assert.Empty(record.Terms);
    }

    [Theory]
    [InlineData("+all", SpfQualifier.Pass, true)]
    [InlineData("all", SpfQualifier.Pass, false)]
    [InlineData("-all", SpfQualifier.Fail, true)]
    [InlineData("~all", SpfQualifier.SoftFail, true)]
    [InlineData("?all", SpfQualifier.Neutral, true)]
    [InlineData("ALL", SpfQualifier.Pass, false)]
    public void Qualifiers(string term, SpfQualifier qualifier, bool written)
    {
        var all = Assert.IsType<SpfMechanism>(Assert.Single(SpfRecordParser.Parse("v=spf1 " + term).Terms));
        Assert.Equal(SpfMechanismKind.All, all.Kind);
        Assert.Equal(qualifier, all.Qualifier);
        Assert.Equal(written, all.QualifierWritten);
    }

    [Theory]
    [InlineData("a", SpfMechanismKind.A, null, null, null, null)]
    [InlineData("A:Mail.Example.com/24//64", SpfMechanismKind.A, "Mail.Example.com", null, 24, 64)]
    [InlineData("mx//0", SpfMechanismKind.Mx, null, null, null, 0)]
    [InlineData("mx:foo:bar/baz.example.com/30", SpfMechanismKind.Mx, "foo:bar/baz.example.com", null, 30, null)]
    [InlineData("ptr:example.com", SpfMechanismKind.Ptr, "example.com", null, null, null)]
    [InlineData("include:_spf.google.com", SpfMechanismKind.Include, "_spf.google.com", null, null, null)]
    [InlineData("exists:%{i}._spf.example.com", SpfMechanismKind.Exists, "%{i}._spf.example.com", null, null, null)]
    [InlineData("ip4:192.0.2.0/24", SpfMechanismKind.Ip4, null, "192.0.2.0", 24, null)]
    [InlineData("IP4:192.0.2.1", SpfMechanismKind.Ip4, null, "192.0.2.1", null, null)]
    [InlineData("ip6:2001:db8::/32", SpfMechanismKind.Ip6, null, "2001:db8::", null, 32)]
    [InlineData("ip6:::FFFF:1.2.3.4", SpfMechanismKind.Ip6, null, "::ffff:1.2.3.4", null, null)]
    public void Mechanisms_keep_their_domain_network_and_prefix_lengths(
        string term, SpfMechanismKind kind, string? domain, string? network, int? ip4, int? ip6)
    {
        var mechanism = Assert.IsType<SpfMechanism>(Assert.Single(SpfRecordParser.Parse("v=spf1 " + term).Terms));
        Assert.Equal(kind, mechanism.Kind);
        Assert.Equal(domain, mechanism.DomainSpec?.Text);
        Assert.Equal(network == null ? null : IPAddress.Parse(network), mechanism.Network);
        Assert.Equal(ip4, mechanism.Ip4Prefix);
        Assert.Equal(ip6, mechanism.Ip6Prefix);
        Assert.Equal(term, mechanism.Text);
        Assert.Equal((7, 7 + term.Length), (mechanism.Start, mechanism.End));
    }

    [Theory]
    [InlineData("redirect=_spf.example.com", "redirect", true, false)]
    [InlineData("Redirect=_spf.example.com", "redirect", true, false)]
    [InlineData("exp=explain.%{d}", "exp", false, true)]
    [InlineData("moo.cow-far_out=man:dog/cat", "moo.cow-far_out", false, false)]
    [InlineData("v=spf1", "v", false, false)]
    public void Modifiers_keep_their_name_and_value(string term, string name, bool redirect, bool exp)
    {
        var modifier = Assert.IsType<SpfModifier>(Assert.Single(SpfRecordParser.Parse("v=spf1 " + term).Terms));
        Assert.Equal(name, modifier.Name);
        Assert.Equal(term.Substring(term.IndexOf('=') + 1), modifier.Value.Text);
        Assert.Equal(redirect, modifier.IsRedirect);
        Assert.Equal(exp, modifier.IsExp);
    }

    [Fact]
    public void Record_exposes_redirect_and_exp()
    {
        var record = SpfRecordParser.Parse("v=spf1 mx exp=why.example.com redirect=_spf.example.com");
        Assert.Equal("_spf.example.com", record.Redirect!.Value.Text);
        Assert.Equal("why.example.com", record.Exp!.Value.Text);
        Assert.Single(record.Mechanisms);
    }

    [Theory]
    [InlineData("v=spf1 include:_spf.goo", "gle.com ~all")]
    [InlineData("v=spf1 ip4:", "192.0.2.5 -all")]
    [InlineData("v=spf1", " mx")]
    public void Strings_are_joined_with_nothing_between(string first, string second)
    {
        var text = SpfText.FromOctets(new[] { first, second }.Select(s => s.Select(c => (byte)c).ToArray()));
        Assert.True(SpfRecordParser.Parse(text).IsValid);
    }

    [Fact]
    public void Strings_glued_without_a_space_are_not_SPF()
    {
        var text = SpfText.FromOctets(new[] { "v=spf1", "mx" }.Select(s => s.Select(c => (byte)c).ToArray()));
        Assert.False(SpfRecordParser.IsSpfRecord(text.Value));
    }

    [Fact]
    public void A_record_of_many_strings_is_parsed_whole()
    {
        // 256 strings of 250 octets, as a hostile zone could publish: every term is found, split or not.
        var strings = Enumerable.Range(0, 256).Select(i => string.Concat(Enumerable.Repeat("mx ", 83)) + (i == 0 ? "" : " "))
            .Select((s, i) => (i == 0 ? "v=spf1 " + s : s).Select(c => (byte)c).ToArray());
        var record = SpfRecordParser.Parse(SpfText.FromOctets(strings));
        Assert.True(record.IsValid);
        Assert.Equal(256 * 83, record.Terms.Count);
    }

    [Fact]
    public void Recognising_a_long_run_of_spaces_ends()
    {
        Assert.Null(SpfRecordSet.Recognise("v" + new string(' ', 60000) + "x"));
    }
}
