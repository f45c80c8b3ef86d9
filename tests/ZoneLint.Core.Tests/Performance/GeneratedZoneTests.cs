using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.ZoneGenerator;

namespace ZoneLint.Core.Tests.Performance;

/// <summary>
/// The smoke run of the benchmarks: the generator's zones, at a tiny size, go through the parser and the rules as the
/// benchmarks send them. It asserts what the zones are (exact record counts, mostly clean), never how fast.
/// </summary>
public sealed class GeneratedZoneTests
{
    private static string Generate(int records, ulong seed = 7, bool genericCaa = false)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ZoneWriter.Write(writer, "gen.example.com", records, seed, genericCaa);
        return writer.ToString();
    }

    private static CheckResult Check(string text) => ZoneChecker.CheckText("gen.example.com.zone", text, new CheckOptions
    {
        Parse = new ParseOptions { Origin = DomainName.Parse("gen.example.com.") },
    });

    [Theory]
    [InlineData(20)]
    [InlineData(2_000)]
    public void A_generated_zone_has_the_records_asked_for_and_only_the_external_include_note(int records)
    {
        var result = Check(Generate(records));

        Assert.Equal(records, result.Zone.Records.Count);
        // The apex SPF includes _spf.google.com, which no run without a lock file can follow: one note, nothing else.
        Assert.Equal(new[] { "ZL3020" }, result.Diagnostics.Select(d => d.Id).ToArray());
    }

    /// <summary>The zone is cut at exactly N records, wherever that falls: no cut may leave a host half written.</summary>
    [Fact]
    public void Every_cut_is_clean()
    {
        for (int records = 20; records <= 400; records++)
        {
            var ids = Check(Generate(records)).Diagnostics.Select(d => d.Id).ToArray();
            Assert.True(ids.SequenceEqual(new[] { "ZL3020" }), $"{records} records: {string.Join(", ", ids)}");
        }
    }

    [Fact]
    public void Generic_CAA_loads_as_the_same_records()
    {
        var text = Check(Generate(2_000)).Zone.Records;
        var generic = Check(Generate(2_000, genericCaa: true)).Zone.Records;

        Assert.Equal(text.Select(r => (r.Owner, r.Type)), generic.Select(r => (r.Owner, r.Type)));
        Assert.Equal(text.Select(r => r.Rdata.Wire), generic.Select(r => r.Rdata.Wire));
    }

    [Fact]
    public void The_same_seed_writes_the_same_zone_and_another_seed_another()
    {
        Assert.Equal(Generate(500), Generate(500));
        Assert.NotEqual(Generate(500), Generate(500, seed: 8));
    }
}
