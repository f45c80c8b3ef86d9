using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>
/// A record keeps offsets, not tokens: the owner, TTL and type it was written with, and their places, read back
/// from the file when asked; names are shared within a zone; IPv4 text is checked in place.
/// </summary>
public sealed class RecordPlacesTests
{
    [Fact]
    public void A_record_reads_its_owner_ttl_and_type_back_from_the_file()
    {
        var zone = ZoneParserTests.Parse("www 300 IN A 192.0.2.1\n\tIN AAAA 2001:db8::1\n");
        var (written, inherited) = (zone.Records[0], zone.Records[1]);

        Assert.True(written.HasOwnerText);
        Assert.Equal("www", written.OwnerText);
        Assert.Equal("300", written.TtlText);
        Assert.Equal((1, 5, 1, 8), Place(written.TtlSpan!.Value));
        Assert.Equal((1, 12, 1, 13), Place(written.TypeSpan));
        Assert.Equal((1, 1, 1, 4), Place(written.OwnerSpan));
        Assert.Equal((1, 1, 1, 23), Place(written.Span));

        Assert.False(inherited.HasOwnerText);
        Assert.Null(inherited.OwnerText);
        Assert.Null(inherited.TtlText);
        Assert.Null(inherited.TtlSpan);
        Assert.Equal(inherited.Span, inherited.OwnerSpan);
        Assert.Equal((2, 5, 2, 9), Place(inherited.TypeSpan));
        Assert.Same(written.Owner, inherited.Owner);
    }

    [Fact]
    public void A_generated_record_has_the_expanded_owner_and_the_directive_places()
    {
        var zone = ZoneParserTests.Parse("$GENERATE 1-2 host$ 60 A 192.0.2.$\n");
        Assert.Empty(zone.Diagnostics);
        Assert.Equal(new[] { "host1", "host2" }, zone.Records.Select(r => r.OwnerText));
        Assert.All(zone.Records, r => Assert.Equal("60", r.TtlText));
        Assert.All(zone.Records, r => Assert.Equal((1, 15, 1, 20), Place(r.OwnerSpan)));
    }

    [Fact]
    public void Names_of_one_spelling_and_origin_are_one_instance_and_keep_their_case()
    {
        var zone = ZoneParserTests.Parse("host0 A 192.0.2.1\nwww CNAME host0\nmail CNAME Host0\n");
        var owner = zone.Records[0].Owner;
        var target = zone.Records[1].Rdata.Names[0].Name;
        var upper = zone.Records[2].Rdata.Names[0].Name;

        Assert.Same(owner, target);
        Assert.NotSame(owner, upper);
        Assert.Equal(owner, upper);
        Assert.Equal("Host0.example.com.", upper.ToString());
        Assert.Equal("host0", zone.Records[1].Rdata.Names[0].Token.Text);
    }

    [Fact]
    public void The_name_table_tells_relative_from_absolute_and_origins_apart()
    {
        var table = new NameTable();
        var origin = DomainName.Parse("example.com.");
        var other = DomainName.Parse("example.net.");
        Assert.Null(table.TryParse("a", origin, out var first, out bool relative));
        Assert.True(relative);
        Assert.Null(table.TryParse("a", origin, out var again, out relative));
        Assert.True(relative);
        Assert.Same(first, again);
        Assert.Null(table.TryParse("a", other, out var elsewhere, out _));
        Assert.Equal("a.example.net.", elsewhere!.ToString());
        Assert.Null(table.TryParse("a.example.com.", origin, out var absolute, out relative));
        Assert.False(relative);
        Assert.Equal(first, absolute);
        Assert.Equal("the name starts with a dot", table.TryParse(".a", origin, out _, out _));
    }

    [Theory]
    [InlineData("192.0.2.1", null)]
    [InlineData("192.0.2", "'192.0.2' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    [InlineData("192.0.2.1.5", "'192.0.2.1.5' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    [InlineData("192..2.1", "'192..2.1' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    [InlineData("1920.0.2.1", "'1920.0.2.1' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    [InlineData("192.0.x.1", "'192.0.x.1' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    [InlineData("192.0.2.01", "'192.0.2.01' is not an IPv4 address: '01' has a leading zero")]
    [InlineData("256.0.2.1", "'256.0.2.1' is not an IPv4 address: 256 is over 255")]
    [InlineData("192.0.2.", "'192.0.2.' is not an IPv4 address (four numbers 0-255 separated by dots)")]
    public void IPv4_text_is_checked_in_place(string text, string? error)
    {
        var output = new List<byte> { 7 };
        Assert.Equal(error, TextCodec.ParseIPv4(text, output));
        if (error == null) Assert.Equal(new byte[] { 7, 192, 0, 2, 1 }, output);
    }

    private static (int, int, int, int) Place(SourceSpan span) => (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}
