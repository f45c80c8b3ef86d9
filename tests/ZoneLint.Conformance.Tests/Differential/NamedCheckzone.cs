using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ZoneLint.Conformance.Tests.Differential;

/// <summary>BIND's named-checkzone, run as `named-checkzone -i local &lt;origin&gt; &lt;file&gt;` (exit 0: accepted).</summary>
public static class NamedCheckzone
{
    private static readonly Lazy<string?> Path = new(Find);
    private static readonly Lazy<string> VersionText = new(() => Executable == null ? "not installed" : RunRaw(".", new[] { "-v" }).Output.Trim());

    /// <summary>The full path of named-checkzone on PATH, or null.</summary>
    public static string? Executable => Path.Value;

    public static string Version => VersionText.Value;

    public static string MissingReason => "named-checkzone is not on PATH (apt-get install bind9-utils)";

    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Loads <paramref name="file"/> as zone <paramref name="origin"/>, from <paramref name="workingDirectory"/> (so relative $INCLUDEs resolve as in BIND's tests).</summary>
    public static BindVerdict Check(string workingDirectory, string origin, string file)
    {
        var (exit, output) = RunRaw(workingDirectory, new[] { "-i", "local", origin, file });
        return new BindVerdict(exit, output);
    }

    private static (int Exit, string Output) RunRaw(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Executable ?? "named-checkzone")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            return (-1, $"timed out after {Timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find()
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (path == null) return null;
        foreach (var dir in path.Split(System.IO.Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            foreach (var name in new[] { "named-checkzone", "named-checkzone.exe" })
            {
                string candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

/// <summary>named-checkzone's exit status and output.</summary>
public sealed record BindVerdict(int ExitCode, string Output)
{
    public bool Accepted => ExitCode == 0;

    /// <summary>The first line that says what went wrong (not "loaded serial", "OK" or a pure warning), for reports.</summary>
    public string FirstError
    {
        get
        {
            var lines = Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            string? pick = lines.FirstOrDefault(l => !IsNoise(l) && !IsWarning(l))
                ?? lines.FirstOrDefault(l => !IsNoise(l));
            return pick ?? (Accepted ? "" : $"exit {ExitCode}");
        }
    }

    private static bool IsNoise(string line) =>
        line == "OK" || line.Contains("loaded serial", StringComparison.Ordinal)
        || line.Contains("not loaded due to errors", StringComparison.Ordinal);

    private static bool IsWarning(string line) =>
        line.Contains("ignoring out-of-zone data", StringComparison.Ordinal)
        || line.Contains("using RFC1035 TTL semantics", StringComparison.Ordinal)
        || line.Contains("no TTL specified", StringComparison.Ordinal)
        || line.Contains("record with inherited owner", StringComparison.Ordinal)
        || line.Contains("file does not end with newline", StringComparison.Ordinal)
        || line.Contains("has no address records", StringComparison.Ordinal) && line.Contains("MX", StringComparison.Ordinal)
        || line.Contains("warning:", StringComparison.Ordinal);
}

/// <summary>A [Fact] skipped when the conformance data or named-checkzone is missing.</summary>
public sealed class NamedCheckzoneFactAttribute : FactAttribute
{
    public NamedCheckzoneFactAttribute()
    {
        if (!ConformanceData.Exists) Skip = ConformanceData.MissingReason;
        else if (NamedCheckzone.Executable == null) Skip = NamedCheckzone.MissingReason;
    }
}

/// <summary>A [Theory] skipped when named-checkzone is missing (it needs no conformance data).</summary>
public sealed class NamedCheckzoneTheoryAttribute : TheoryAttribute
{
    public NamedCheckzoneTheoryAttribute()
    {
        if (NamedCheckzone.Executable == null) Skip = NamedCheckzone.MissingReason;
    }
}
