using System;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>
/// Hostile input against each bound of <see cref="ParseOptions"/>: every test ends within its bound, with one clear
/// finding where the bound was reached, and real zones at the edge of what DNS allows still pass the defaults.
/// </summary>
public sealed class LimitTests
{
    private const string TenGenerates =
        "$GENERATE 1-65535 h$ A 192.0.2.1\n$GENERATE 1-65535 i$ A 192.0.2.1\n$GENERATE 1-65535 j$ A 192.0.2.1\n" +
        "$GENERATE 1-65535 k$ A 192.0.2.1\n$GENERATE 1-65535 l$ A 192.0.2.1\n$GENERATE 1-65535 m$ A 192.0.2.1\n" +
        "$GENERATE 1-65535 n$ A 192.0.2.1\n$GENERATE 1-65535 o$ A 192.0.2.1\n$GENERATE 1-65535 p$ A 192.0.2.1\n" +
        "$GENERATE 1-65535 q$ A 192.0.2.1\nlast A 192.0.2.2\n";

    private static ZoneParseResult Parse(string text, ParseOptions? options = null, string path = "test.zone")
    {
        options ??= new ParseOptions();
        options.Origin = DomainName.Parse("example.com.");
        return ZoneParser.ParseText(path, text, options);
    }

    private static ZoneParseResult ParseFile(string path, ParseOptions options)
    {
        options.Origin = DomainName.Parse("example.com.");
        return ZoneParser.ParseFile(path, options);
    }

    [Fact]
    public void Ten_full_GENERATE_lines_stop_at_the_generated_records_limit_with_one_finding()
    {
        var zone = Parse(TenGenerates, new ParseOptions { MaxGeneratedRecords = 100_000 });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal("ZL1005", finding.Id);
        Assert.Equal((2, 11), (finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("131070 generated records, over the limit of 100000", finding.Message);
        // The first line fits; the other nine are skipped; the plain record after them is still read.
        Assert.Equal(65_535 + 1, zone.Records.Count);
        Assert.Equal("last.example.com.", zone.Records[^1].Owner.ToString());
    }

    [Fact]
    public void The_records_limit_counts_generated_records_and_stops_the_parse()
    {
        var zone = Parse(TenGenerates, new ParseOptions { MaxRecords = 100_000 });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal("ZL9003", finding.Id);
        Assert.Equal(2, finding.Span.StartLine);
        Assert.Contains("limit of 100000 records", finding.Message);
        Assert.Equal(100_000, zone.Records.Count);
        Assert.DoesNotContain(zone.Records, r => r.Owner.ToString() == "last.example.com.");
    }

    [Fact]
    public void The_records_limit_counts_included_records_and_names_the_included_file()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "a A 192.0.2.1\n$INCLUDE more.inc\nz A 192.0.2.9\n")
            .Add("/z/more.inc", "b A 192.0.2.2\nc A 192.0.2.3\n");

        var zone = ParseFile("/z/test.zone", new ParseOptions { FileSystem = files, MaxRecords = 2 });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL9003", "/z/more.inc", 2), (finding.Id, finding.Span.File, finding.Span.StartLine));
        Assert.Equal(new[] { "a.example.com.", "b.example.com." }, zone.Records.Select(r => r.Owner.ToString()));
    }

    [Theory]
    [InlineData(60_000)]   // one long hex RDATA, copied into every record
    [InlineData(0)]        // a short template made long by ${0,255}
    public void GENERATE_text_counts_against_the_octets_a_zone_may_read(int hexOctets)
    {
        string rdata = hexOctets > 0 ? $"\\# {hexOctets} " + new string('a', 2 * hexOctets) : string.Concat(Enumerable.Repeat("${0,255}", 20_000));
        string type = hexOctets > 0 ? "TYPE65280" : "TXT";

        var zone = Parse($"$GENERATE 1-65535 h$ {type} {rdata}\nlast A 192.0.2.2\n");

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1005", 1, 11), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("characters of text, over what is left of the limit of 1073741824 octets", finding.Message);
        Assert.Equal("last.example.com.", Assert.Single(zone.Records).Owner.ToString());
    }

    [Fact]
    public void A_20_MB_word_is_one_finding_and_the_next_line_is_read()
    {
        string text = new string('a', 20_000_000) + " A 192.0.2.1\nwww A 192.0.2.2\n";

        var zone = Parse(text);

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1001", 1, 1), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains($"word longer than {EntryLimits.MaxTokenLength} characters", finding.Message);
        Assert.Equal("www.example.com.", Assert.Single(zone.Records).Owner.ToString());
    }

    [Theory]
    [InlineData("@ TXT \"", "\"")]          // one quoted string
    [InlineData("@ TXT ", "")]              // one unquoted word
    [InlineData("; ", "")]                  // a comment line
    public void A_20_MB_line_is_one_finding_whatever_it_holds(string before, string after)
    {
        string text = before + new string('x', 20_000_000) + after + "\nwww A 192.0.2.2\n";

        var zone = Parse(text);

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1001", 1), (finding.Id, finding.Span.StartLine));
        Assert.Contains("longer than", finding.Message);
        Assert.Equal("www.example.com.", Assert.Single(zone.Records).Owner.ToString());
    }

    [Fact]
    public void A_20_MB_line_of_short_words_is_one_entry_finding()
    {
        var text = new StringBuilder("@ TXT");
        while (text.Length < 20_000_000) text.Append(" ab");
        text.Append("\nwww A 192.0.2.2\n");

        var zone = Parse(text.ToString());

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1001", 1, 1), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains($"entry longer than {EntryLimits.MaxEntryLength} characters", finding.Message);
        Assert.Equal("www.example.com.", Assert.Single(zone.Records).Owner.ToString());
    }

    [Fact]
    public void The_largest_TXT_RDATA_written_all_in_escapes_passes_the_default_lengths()
    {
        // 255 strings of 255 octets: 65,280 octets of RDATA, each octet written as \DDD, one string per line.
        string escaped = string.Concat(Enumerable.Repeat("\\120", 255));
        string text = "@ TXT (\n" + string.Concat(Enumerable.Repeat($" \"{escaped}\" ; a comment on each line\n", 255)) + ")\n";

        var zone = Parse(text);

        Assert.Empty(zone.Diagnostics);
        Assert.Equal(65_280, Assert.Single(zone.Records).Rdata.Wire.Length);
    }

    [Fact]
    public void The_largest_generic_RDATA_as_one_hex_word_passes_the_default_lengths()
    {
        string text = "@ TYPE65280 \\# 65535 " + new string('a', 2 * 65_535) + "\n";

        var zone = Parse(text);

        Assert.Empty(zone.Diagnostics);
        Assert.Equal(65_535, Assert.Single(zone.Records).Rdata.Wire.Length);
    }

    [Fact]
    public void An_included_file_over_the_file_size_limit_is_not_read()
    {
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", "a A 192.0.2.1\n$INCLUDE big.inc\n")
            .Add("/z/big.inc", "b TXT \"" + new string('x', 2_000) + "\"\n");

        var zone = ParseFile("/z/test.zone", new ParseOptions { FileSystem = files, MaxFileBytes = 1_000 });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1004", 2, 10), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("over the limit of 1000 for one file", finding.Message);
        Assert.Single(zone.Records);
    }

    [Fact]
    public void Bytes_read_through_includes_are_counted_across_files()
    {
        // 1000 reads of one file are within MaxIncludedFiles; the octets they add up to are not.
        var files = new InMemoryFileSystem()
            .Add("/z/test.zone", string.Concat(Enumerable.Repeat("$INCLUDE part.inc\n", 1000)))
            .Add("/z/part.inc", "; " + new string('x', 1_000) + "\n");

        var zone = ParseFile("/z/test.zone", new ParseOptions { FileSystem = files, MaxZoneBytes = 50_000 });

        // The top file is 18,000 octets and each include 1,003: 31 includes fit in 50,000, the 32nd does not.
        Assert.Equal(1 + 31, zone.Files.Count);
        Assert.Equal(1000 - 31, zone.Diagnostics.Count);
        Assert.All(zone.Diagnostics, d => Assert.Equal("ZL1004", d.Id));
        Assert.Contains("over the limit of 50000 octets read through $INCLUDE", zone.Diagnostics[0].Message);
        Assert.Equal(32, zone.Diagnostics[0].Span.StartLine);
    }

    [Fact]
    public void A_file_on_disk_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var folder = new TempFolder();
        string path = folder.Write("big.example.com.zone", "@ TXT \"" + new string('x', 5_000) + "\"\n");

        var zone = ParseFile(path, new ParseOptions { MaxFileBytes = 4_096 });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL1004", 1, 1), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("the file is 5009 octets, over the limit of 4096", finding.Message);
        Assert.Empty(zone.Files);
    }

    [Fact]
    public void Text_handed_over_whole_is_held_to_the_file_size_limit()
    {
        var zone = Parse("@ TXT \"" + new string('x', 5_000) + "\"\n", new ParseOptions { MaxFileBytes = 4_096 });

        Assert.Equal("ZL1004", Assert.Single(zone.Diagnostics).Id);
        Assert.Empty(zone.Records);
    }

    [Fact]
    public void A_spent_time_limit_stops_the_parse_at_an_entry_with_one_finding()
    {
        var zone = Parse(TenGenerates, new ParseOptions { TimeLimit = TimeSpan.Zero });

        var finding = Assert.Single(zone.Diagnostics);
        Assert.Equal(("ZL9003", 1, 1), (finding.Id, finding.Span.StartLine, finding.Span.StartColumn));
        Assert.Contains("time limit of 0 s", finding.Message);
        Assert.Empty(zone.Records);
        Assert.True(zone.OutOfTime);
    }

    [Fact]
    public void The_callers_cancellation_is_honoured_inside_the_parse()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Parse(TenGenerates, new ParseOptions { Cancellation = cancelled.Token }));
    }
}
