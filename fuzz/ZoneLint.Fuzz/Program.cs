using System;
using System.IO;
using SharpFuzz;

namespace ZoneLint.Fuzz;

/// <summary>
/// `dotnet ZoneLint.Fuzz.dll TARGET` under afl-fuzz (SharpFuzz, out of process, so a stack overflow restarts the
/// child instead of ending the run); `dotnet ZoneLint.Fuzz.dll TARGET FILE...` runs files once, for triage and afl-tmin;
/// `dotnet ZoneLint.Fuzz.dll TARGET --slowest FOLDER` times every file in a folder (a queue) and prints the slowest.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var target = args.Length > 0 ? FuzzTargets.Find(args[0]) : null;
        if (target == null)
        {
            Console.Error.WriteLine($"usage: ZoneLint.Fuzz {string.Join("|", FuzzTargets.Names)} [FILE...]");
            return 2;
        }
        if (args.Length == 3 && args[1] == "--slowest") return Slowest(target, args[2]);
        if (args.Length > 1)
        {
            // Any exception propagates, so the process ends abnormally, as afl-tmin expects of a crash.
            for (int i = 1; i < args.Length; i++) target(File.ReadAllBytes(args[i]));
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    /// <summary>Near-hangs hide below AFL's timeout: list the ten slowest inputs, each timed after a warm-up run.</summary>
    private static int Slowest(Action<byte[]> target, string folder)
    {
        var times = new System.Collections.Generic.List<(double Ms, string File)>();
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            byte[] input = File.ReadAllBytes(file);
            target(input);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            target(input);
            times.Add((watch.Elapsed.TotalMilliseconds, file));
        }
        times.Sort((a, b) => b.Ms.CompareTo(a.Ms));
        Console.WriteLine($"{times.Count} inputs");
        foreach (var (ms, file) in times.GetRange(0, Math.Min(10, times.Count))) Console.WriteLine($"{ms,10:F1} ms  {file}");
        return 0;
    }
}
