using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace ZoneLint.Tests.Shared;

/// <summary>What a child process wrote: its streams apart, and both together in the order the lines came.</summary>
internal sealed record CleanProcessResult(int ExitCode, string Stdout, string Stderr, string Output);

/// <summary>
/// Runs a command the way a user's shell would: the test host runs inside MSBuild's, VSTest's (and in CI, GitHub's)
/// environment, which must not leak into the child. Linked into the test projects that start dotnet, git or scripts.
/// </summary>
internal static class CleanProcess
{
    public static CleanProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var argumentList = arguments.ToList();
        foreach (string argument in argumentList) start.ArgumentList.Add(argument);
        foreach (string key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key.StartsWith("GITHUB_", StringComparison.Ordinal)
                || key.StartsWith("ZONELINT", StringComparison.Ordinal) || key == "RUNNER_TEMP")
                start.Environment.Remove(key);
        }
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value == null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var output = new StringBuilder();
        void Received(StringBuilder stream, string? line)
        {
            if (line == null) return;
            lock (output)
            {
                stream.AppendLine(line);
                output.AppendLine(line);
            }
        }
        process.OutputDataReceived += (_, e) => Received(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Received(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit((int)limit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(" ", argumentList)} did not finish in {limit}:\n{output}");
        }
        process.WaitForExit();
        return new CleanProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString(), output.ToString());
    }
}
