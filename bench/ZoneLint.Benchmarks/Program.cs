using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ZoneLint.Benchmarks;

// `phases FILE ORIGIN [ROUNDS] [parse]`: one run with a Stopwatch per phase (read, decode, lex, parse, each rule),
// for profiling; `parse` stops after the parse and what it keeps.
// Anything else goes to BenchmarkDotNet, e.g. `--filter '*' --job short` or `--filter '*' --job dry`.
if (args.Length > 0 && args[0] == "phases")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("usage: phases FILE ORIGIN [ROUNDS] [parse]");
        return 2;
    }
    PhaseBreakdown.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 3, Console.Out, parseOnly: args.Length > 4 && args[4] == "parse");
    return 0;
}

var config = DefaultConfig.Instance.AddColumn(ThroughputColumns.All.ToArray());
BenchmarkSwitcher.FromAssembly(typeof(ZoneBenchmarks).Assembly).Run(args, config);
return 0;
