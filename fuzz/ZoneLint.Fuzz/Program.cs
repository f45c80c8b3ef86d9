using System;
using System.IO;
using SharpFuzz;

namespace ZoneLint.Fuzz;

/// <summary>
/// `dotnet ZoneLint.Fuzz.dll TARGET` under afl-fuzz (SharpFuzz, out of process, so a stack overflow restarts the
/// child instead of ending the run); `dotnet ZoneLint.Fuzz.dll TARGET FILE...` runs files once, for triage and afl-tmin.
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
}
