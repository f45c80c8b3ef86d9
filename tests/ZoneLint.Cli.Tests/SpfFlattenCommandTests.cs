using System.Linq;
using System.Text;
using System.Text.Json;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Spf.Flattening;

namespace ZoneLint.Cli.Tests;

/// <summary>`zonelint spf flatten`: a proposal under the lookup limit, and what it costs; no file is changed.</summary>
public class SpfFlattenCommandTests
{
    private const string Zone = FlattenZones.Example;

    [Fact]
    public void Record_over_the_limit_gets_a_proposal_that_reads_back_as_zone_text()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone);
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("example.com.: 13 DNS lookups, over the limit of 10", result.Stdout);
        Assert.Contains("Proposed record (7 DNS lookups):", result.Stdout);
        Assert.Contains("flattened  include:_big.example.com (6 lookups) -> 6 networks", result.Stdout);
        Assert.Contains("zonelint spf lock --check", result.Stdout);
        Assert.Equal(
            "v=spf1 mx a:web.example.com ip4:203.0.113.1 ip4:203.0.113.32/28 ip6:2001:db8::3 ip4:203.0.113.200 ip6:2001:db8:1::/48 ip4:198.51.100.0/24 include:_small.example.com include:_dyn.example.com ~all",
            ProposedText(result.Stdout));
        Assert.Equal(Zone, System.IO.File.ReadAllText(System.IO.Path.Combine(cli.Folder, "example.com.zone")));
    }

    [Fact]
    public void Long_proposal_is_split_into_strings_of_at_most_255_octets_between_terms()
    {
        // 60 networks in _big's record, in strings of five (a string holds at most 255 octets), each after the first starting with a space.
        var networks = string.Join("\" \" ", Enumerable.Range(0, 12).Select(g => string.Join(" ", Enumerable.Range(5 * g + 1, 5).Select(i => $"ip4:198.51.{i}.0/24"))));
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone.Replace("ip4:198.51.100.0/24", networks));
        Assert.DoesNotContain("ZL1003", cli.Run("check", "example.com.zone").Stdout);
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone");

        Assert.Equal(0, result.ExitCode);
        string text = ProposedText(result.Stdout);
        Assert.StartsWith("v=spf1 mx a:web.example.com ip4:203.0.113.1 ", text);
        Assert.Contains("ip4:198.51.60.0/24 include:_small.example.com", text);
        Assert.DoesNotContain("  ", text);
    }

    [Fact]
    public void Includes_that_depend_on_the_sender_are_kept_and_the_exit_code_says_it_is_not_enough()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone);
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone", "--max", "3");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The most that can be flattened still leaves 4 DNS lookups, over --max 3:", result.Stdout);
        Assert.Contains("kept       include:_dyn.example.com (2 lookups): include:_dyn.example.com has 'exists:%{i}._spf.example.com', which depends on the sender", result.Stdout);
    }

    [Fact]
    public void Record_within_the_limit_needs_nothing()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone.Replace("include:_big.example.com ", ""));
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("example.com.: 7 DNS lookups, within 10: nothing to flatten", result.Stdout);
    }

    [Fact]
    public void Json_gives_the_proposal_and_each_include()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone);
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone", "--format", "json", "--max", "4");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(13, json.GetProperty("lookups").GetInt32());
        Assert.Equal(4, json.GetProperty("proposedLookups").GetInt32());
        Assert.True(json.GetProperty("underLimit").GetBoolean());
        var includes = json.GetProperty("includes").EnumerateArray().ToList();
        Assert.Equal(new[] { "include:_big.example.com", "include:_small.example.com" }, includes.Select(i => i.GetProperty("term").GetString()));
        Assert.Equal(new[] { "ip4:203.0.113.1", "ip6:2001:db8::3" }, includes[1].GetProperty("networks").EnumerateArray().Select(n => n.GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("ten")]
    public void Max_outside_one_to_ten_is_a_usage_error(string max)
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone);
        var result = cli.Run("spf", "flatten", "example.com", "--zone", "example.com.zone", "--max", max);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max must be a number of lookups from 1 to 10", result.Stderr);
    }

    /// <summary>The proposed record as printed (one line, or a parenthesised group), read back by the zone parser.</summary>
    private static string ProposedText(string stdout)
    {
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        int first = System.Array.FindIndex(lines, l => l.StartsWith("example.com.  IN TXT "));
        int last = lines[first].Contains('(') ? System.Array.FindIndex(lines, first, l => l.EndsWith(" )")) : first;
        string record = string.Join("\n", lines.Skip(first).Take(last - first + 1));
        var parsed = ZoneParser.ParseText("proposal.zone", record + "\n", new ParseOptions { Origin = DomainName.Parse("example.com."), DefaultTtl = 3600 });
        Assert.Empty(parsed.Diagnostics);
        var strings = Assert.Single(parsed.Records).Rdata.Strings;
        Assert.All(strings, s => Assert.InRange(s.Value.Length, 1, 255));
        if (lines[first].Contains('(')) Assert.True(strings.Count > 1);
        return string.Concat(strings.Select(s => Encoding.ASCII.GetString(s.Value)));
    }
}
