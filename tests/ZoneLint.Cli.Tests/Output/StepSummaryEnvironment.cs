using System;

namespace ZoneLint.Cli.Tests.Output;

/// <summary>
/// Tests that run `--format github` through the CLI, which reads GITHUB_STEP_SUMMARY from the process environment.
/// They run one at a time, each with the variable set as it needs (cleared by default, so that a test run inside
/// GitHub Actions never writes into the job's real summary).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StepSummaryEnvironment
{
    public const string Name = "GITHUB_STEP_SUMMARY";

    /// <summary>Sets the variable (null clears it) until disposed, then puts back what was there.</summary>
    public static IDisposable Set(string? value)
    {
        string? saved = Environment.GetEnvironmentVariable(Name);
        Environment.SetEnvironmentVariable(Name, value);
        return new Restore(() => Environment.SetEnvironmentVariable(Name, saved));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
