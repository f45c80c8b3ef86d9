using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.ZoneGenerator;

namespace ZoneLint.Core.Tests.Performance;

/// <summary>A large zone runs its zone rules and its SPF rules side by side: the findings must be those of one thread, in the same order.</summary>
public sealed class ParallelRulesTests
{
    [Fact]
    public void Rule_groups_side_by_side_find_what_one_thread_finds_in_the_same_order()
    {
        var writer = new StringWriter { NewLine = "\n" };
        ZoneWriter.Write(writer, "gen.example.com", ZoneChecker.ParallelRulesThreshold + 100, seed: 3);
        // Findings of both groups, at the end of the zone: a duplicate, an owner repeating the origin, a second SPF record.
        string text = writer + "$ORIGIN gen.example.com.\n"
            + "dup 3600 IN A 192.0.2.9\ndup 3600 IN A 192.0.2.9\n"
            + "www.gen.example.com IN A 192.0.2.10\n"
            + "two IN TXT \"v=spf1 -all\"\ntwo IN TXT \"v=spf1 a ~all\"\n";
        var options = new CheckOptions { Parse = new ParseOptions { Origin = DomainName.Parse("gen.example.com.") } };

        var parallel = ZoneChecker.CheckText("gen.example.com.zone", text, options).Diagnostics;
        int threshold = ZoneChecker.ParallelRulesThreshold;
        CheckResult sequential;
        try
        {
            ZoneChecker.ParallelRulesThreshold = int.MaxValue;
            sequential = ZoneChecker.CheckText("gen.example.com.zone", text, options);
        }
        finally
        {
            ZoneChecker.ParallelRulesThreshold = threshold;
        }

        Assert.Contains(parallel, d => d.Id == "ZL2008");
        Assert.Contains(parallel, d => d.Id == "ZL3004");
        Assert.Equal(sequential.Diagnostics.Select(d => (d.Id, d.Span, d.Message)), parallel.Select(d => (d.Id, d.Span, d.Message)));
    }
}
