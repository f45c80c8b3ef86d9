using System;
using System.Linq;
using System.Text;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Fuzz.Tests;

/// <summary>
/// Every committed seed and every crash the fuzzers ever found (fuzz/regressions/TARGET/) runs through every target,
/// so a crash fixed once stays fixed, and a seed that stops parsing cleanly is noticed here before AFL trips on it.
/// </summary>
public sealed class CommittedInputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in FuzzInputs.All("seeds").Concat(FuzzInputs.All("regressions")))
        {
            foreach (string target in FuzzTargets.Names) data.Add(target, file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Runs_without_an_exception(string target, string file)
    {
        var run = FuzzTargets.Find(target)!;
        run(FuzzInputs.Read(file));
    }

    [Fact]
    public void Every_regression_is_filed_under_a_target()
    {
        var misplaced = FuzzInputs.All("regressions")
            .Where(file => file.Split('/') is var parts && (parts.Length != 3 || !FuzzTargets.Names.Contains(parts[1])))
            .ToList();
        Assert.Empty(misplaced);
    }

    [Fact]
    public void Every_target_has_committed_seeds()
    {
        Assert.NotEmpty(FuzzInputs.All("seeds/zone"));
        Assert.NotEmpty(FuzzInputs.All("seeds/spf"));
        Assert.NotEmpty(FuzzInputs.All("seeds/checkhost"));
    }

    [Fact]
    public void Targets_are_found_by_name_only()
    {
        Assert.All(FuzzTargets.Names, name => Assert.NotNull(FuzzTargets.Find(name)));
        Assert.Null(FuzzTargets.Find("LEXER"));
        Assert.Null(FuzzTargets.Find(string.Empty));
    }

    [Fact]
    public void An_exception_in_a_target_is_not_swallowed()
    {
        // The harness must let exceptions escape, or AFL would never see a crash: a null input is one.
        Assert.ThrowsAny<Exception>(() => FuzzTargets.Find("parser")!(null!));
    }

    [Fact]
    public void Includes_read_the_input_again_inside_the_root_and_nothing_outside()
    {
        byte[] input = Encoding.UTF8.GetBytes("$INCLUDE a.inc\n$INCLUDE b.inc\n$INCLUDE ../../etc/passwd\nwww A 192.0.2.1\n");
        var zone = ZoneParser.ParseText(FuzzTargets.ZonePath, Encoding.UTF8.GetString(input), FuzzTargets.NewParseOptions(input));
        // The top file, a.inc and b.inc in each order, each stopping at the cycle back to a file it is inside.
        Assert.Equal(5, zone.Files.Count);
        Assert.Contains(zone.Diagnostics, d => d.Message.Contains("outside the include root"));
    }
}
