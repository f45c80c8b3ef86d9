using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Where the time of one check goes, phase by phase, with the allocations of each: the profile to read before
/// optimising. Each phase is run on its own, so lex is lexing alone and parse includes its own lexing.
/// </summary>
public static class PhaseBreakdown
{
    public static void Run(string file, string origin, int rounds, TextWriter output, bool parseOnly = false)
    {
        var options = new CheckOptions
        {
            Parse = new ParseOptions { Origin = DomainName.Parse(origin.TrimEnd('.') + ".") },
        };
        long size = new FileInfo(file).Length;
        output.WriteLine($"{file}: {size / 1e6:F1} MB; best of {rounds} rounds per phase");
        output.WriteLine("| phase | ms | MB/s | allocated MB | GC pause ms |");
        output.WriteLine("|---|---:|---:|---:|---:|");

        byte[] bytes = Measure(output, "read file", size, rounds, () => File.ReadAllBytes(file));
        string text = Measure(output, "decode UTF-8", size, rounds, () => PhysicalFileSystem.Decode(bytes));
        var source = Measure(output, "line starts (SourceText)", size, rounds, () => new SourceText(file, text));
        Measure(output, "lex", size, rounds, () =>
        {
            var lexer = new ZoneLexer(source, new DiagnosticBag());
            int n = 0;
            while (lexer.NextEntry() != null) n++;
            return n;
        });
        var zone = Measure(output, "parse (lex + records + RDATA)", size, rounds, () => ZoneParser.ParseText(file, text, options.Parse));
        Retained(output, zone.Records.Count, () => ZoneParser.ParseText(file, text, options.Parse));
        if (parseOnly) return;

        long rulesTotal = 0;
        var context = new ZoneContext(zone, options.Rules, new DiagnosticBag());
        rulesTotal += Time(output, "rules: index by owner", size, () => context.RecordsByOwner.Count);
        foreach (var rule in ZoneRules.All)
        {
            rulesTotal += Time(output, $"rule {rule.Descriptor.Id} {rule.GetType().Name}", size, () =>
            {
                rule.Analyze(context);
                return 0;
            }, quietBelowMs: 5);
        }
        output.WriteLine($"| rules, total | {rulesTotal} | | |");
        Measure(output, "whole check (parse + rules + suppressions + order)", size, 1, () => ZoneChecker.CheckText(file, text, options).Diagnostics.Count);
        output.WriteLine($"records: {zone.Records.Count:N0}; managed heap after the check: {GC.GetTotalMemory(true) / 1048576.0:F0} MiB; " +
            $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
    }

    /// <summary>What a parse result keeps alive (the text it was given aside): the records' share of the heap to the end of a check.</summary>
    private static void Retained(TextWriter output, int records, Func<object> parse)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = parse();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(result);
        output.WriteLine($"parse: {records:N0} records, {allocated / (double)Math.Max(1, records):F0} bytes allocated and " +
            $"{kept / (double)Math.Max(1, records):F0} bytes kept per record ({kept / 1e6:F0} MB kept)");
    }

    private static T Measure<T>(TextWriter output, string phase, long size, int rounds, Func<T> work)
    {
        T result = default!;
        long best = long.MaxValue, allocated = 0;
        TimeSpan pause = TimeSpan.Zero;
        for (int i = 0; i < rounds; i++)
        {
            result = default!;
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            result = work();
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (watch.ElapsedMilliseconds < best) pause = GC.GetTotalPauseDuration() - pausedBefore;
            best = Math.Min(best, watch.ElapsedMilliseconds);
        }
        Print(output, phase, size, best, allocated, pause);
        return result;
    }

    private static long Time(TextWriter output, string phase, long size, Func<int> work, long quietBelowMs = 0)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var pause = GC.GetTotalPauseDuration() - pausedBefore;
        if (watch.ElapsedMilliseconds >= quietBelowMs) Print(output, phase, size, watch.ElapsedMilliseconds, allocated, pause);
        return watch.ElapsedMilliseconds;
    }

    private static void Print(TextWriter output, string phase, long size, long ms, long allocated, TimeSpan pause) =>
        output.WriteLine($"| {phase} | {ms} | {(ms == 0 ? "-" : (size / 1e6 / (ms / 1000.0)).ToString("F0"))} | {allocated / 1e6:F0} | {pause.TotalMilliseconds:F0} |");
}
