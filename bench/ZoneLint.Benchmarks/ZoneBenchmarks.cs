using BenchmarkDotNet.Attributes;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Lexing, parsing and the whole check of one generated zone, every rule on. The MB/s, records/s and B/record columns
/// are computed from the zone's size (<see cref="ThroughputColumns"/>).
/// </summary>
[MemoryDiagnoser]
public class ZoneBenchmarks
{
    private GeneratedZone _zone = null!;
    private CheckOptions _options = null!;

    [Params(20, 10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _zone = GeneratedZone.Create(Records);
        _options = GeneratedZone.Options();
        ThroughputColumns.Register(Records, _zone.Bytes.Length);
    }

    [Benchmark(Description = "decode")]
    public int Decode() => PhysicalFileSystem.Decode(_zone.Bytes).Length;

    [Benchmark(Description = "lex")]
    public int Lex()
    {
        var lexer = new ZoneLexer(new SourceText(_zone.Path, _zone.Text), new DiagnosticBag());
        int entries = 0;
        while (lexer.NextEntry() != null) entries++;
        return entries;
    }

    [Benchmark(Description = "parse")]
    public int Parse() => ZoneParser.ParseText(_zone.Path, _zone.Text, _options.Parse).Records.Count;

    [Benchmark(Description = "check")]
    public int Check() => ZoneChecker.CheckText(_zone.Path, _zone.Text, _options).Diagnostics.Count;
}
