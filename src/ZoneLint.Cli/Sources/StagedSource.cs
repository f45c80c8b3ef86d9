using System.Collections.Generic;

namespace ZoneLint.Cli.Sources;

/// <summary>The zone files as they stand in the git index (--staged). PLACEHOLDER: being written.</summary>
internal static class StagedSource
{
    public static IZoneSource Open(IReadOnlyList<string> paths) => throw new UsageException("--staged is not there yet");
}
