using System.Linq;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>$INCLUDE and $GENERATE, case by case.</summary>
public sealed class DirectiveTests
{
    private static string[] Owners(ZoneParseResult zone) => zone.Records.Select(r => r.Owner.ToString()).ToArray();

    [Fact]
    public void INCLUDE_with_an_origin_restores_the_origin_afterwards()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "a A 192.0.2.1\n$INCLUDE hosts.inc eu.example.com.\nb A 192.0.2.2\n")
            .Add("/z/hosts.inc", "h A 192.0.2.3\n$ORIGIN inner\ni A 192.0.2.4\n");

        var zone = ZoneParserTests.Parse("", files: files, path: "/z/test.zone");

        Assert.Empty(zone.Diagnostics);
        Assert.Equal(new[] { "a.example.com.", "h.eu.example.com.", "i.inner.eu.example.com.", "b.example.com." }, Owners(zone));
    }

    [Fact]
    public void INCLUDE_without_an_origin_starts_from_the_current_origin_and_restores_it()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "$ORIGIN sub.example.com.\n$INCLUDE hosts.inc\nb A 192.0.2.2\n")
            .Add("/z/hosts.inc", "h A 192.0.2.3\n$ORIGIN example.org.\ni A 192.0.2.4\n");

        Assert.Equal(
            new[] { "h.sub.example.com.", "i.example.org.", "b.sub.example.com." },
            Owners(ZoneParserTests.Parse("", files: files, path: "/z/test.zone")));
    }

    [Fact]
    public void INCLUDE_origin_relative_to_the_current_origin()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "$INCLUDE hosts.inc eu\n")
            .Add("/z/hosts.inc", "h A 192.0.2.3\n");

        Assert.Equal(new[] { "h.eu.example.com." }, Owners(ZoneParserTests.Parse("", files: files, path: "/z/test.zone")));
    }

    [Fact]
    public void INCLUDE_path_is_relative_to_the_including_file()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "$INCLUDE sub/a.inc\n")
            .Add("/z/sub/a.inc", "$INCLUDE b.inc\n")
            .Add("/z/sub/b.inc", "b A 192.0.2.2\n");

        var zone = ZoneParserTests.Parse("", files: files, path: "/z/test.zone");

        Assert.Empty(zone.Diagnostics);
        Assert.Equal(new[] { "/z/test.zone", "/z/sub/a.inc", "/z/sub/b.inc" }, zone.Files.Select(f => f.Path).ToArray());
    }

    [Fact]
    public void Owner_after_an_INCLUDE_is_the_parents_again()
    {
        // BIND restores the owner with the origin when $INCLUDE returns (its masterfile test include.db).
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "www A 192.0.2.1\n$INCLUDE hosts.inc\n   A 192.0.2.2\n")
            .Add("/z/hosts.inc", "h A 192.0.2.3\n");

        Assert.Equal(
            new[] { "www.example.com.", "h.example.com.", "www.example.com." },
            Owners(ZoneParserTests.Parse("", files: files, path: "/z/test.zone")));
    }

    [Theory]
    [InlineData("host$", 5, "host5")]
    [InlineData("$$", 7, "77")]
    [InlineData("${1}", 5, "6")]
    [InlineData("${-1}", 5, "4")]
    [InlineData("${0,3}", 5, "005")]
    [InlineData("${0,3,d}", 5, "005")]
    [InlineData("${-10,3,d}", 5, "-05")]
    [InlineData("${0,4,o}", 8, "0010")]
    [InlineData("${0,3,x}", 255, "0ff")]
    [InlineData("${0,0,X}", 255, "FF")]
    [InlineData("${0,3,n}", 1024, "0.0.4")]
    [InlineData("${0,0,n}", 1024, "0.0.4")]
    [InlineData("${0,7,n}", 1024, "0.0.4.0")]
    [InlineData("${0,1,n}", 0, "0")]
    [InlineData("${0,3,N}", 0xABC, "C.B.A")]
    [InlineData("${0,3,n}", 0xABC, "c.b.a")]
    [InlineData("${0,8,n}", 1, "1.0.0.0.")]
    [InlineData(@"\$", 5, @"\$")]
    [InlineData(@"a\$b$", 5, @"a\$b5")]
    [InlineData(@"\\$", 5, @"\\5")]
    [InlineData("${0,2}.${100,3,x}", 1, "01.065")]
    public void GENERATE_substitution(string template, long iterator, string expected)
    {
        Assert.Null(ZoneParser.Substitute(template, iterator, out string result));
        Assert.Equal(expected, result);
    }

    [Fact]
    public void GENERATE_makes_one_record_per_step_with_the_directive_span()
    {
        var zone = ZoneParserTests.Parse("$GENERATE 1-10/3 h${0,2} 300 IN A 192.0.2.$\n");

        Assert.Empty(zone.Diagnostics);
        Assert.Equal(new[] { "h01.example.com.", "h04.example.com.", "h07.example.com.", "h10.example.com." }, Owners(zone));
        Assert.All(zone.Records, r => Assert.Equal(("(1,1)-(1,44)", 300u, true), (ZoneDump.Span(r.Span, "test.zone"), r.Ttl, r.Generated)));
    }

    [Fact]
    public void GENERATE_owner_follows_the_origin_and_the_last_owner_after_it()
    {
        var zone = ZoneParserTests.Parse("$ORIGIN sub\n$GENERATE 1-2 h$ A 192.0.2.$\n   TXT \"x\"\n");

        Assert.Equal(new[] { "h1.sub.example.com.", "h2.sub.example.com.", "h2.sub.example.com." }, Owners(zone));
    }

    [Fact]
    public void GENERATE_range_of_one_value()
    {
        Assert.Equal(new[] { "h7.example.com." }, Owners(ZoneParserTests.Parse("$GENERATE 7-7 h$ A 192.0.2.$\n")));
    }
}
