using System.Collections.Generic;
using System.IO;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Sources;

/// <summary>
/// Where `check` reads zones, their includes, zonelint.json and the lock file from: the working tree, or (with
/// --staged) the git index.
/// </summary>
internal interface IZoneSource
{
    /// <summary>The zone files to lint, as they will be shown (relative to the current folder where given so).</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>What the parser reads files and $INCLUDEs through.</summary>
    IZoneFileSystem FileSystem { get; }

    /// <summary>The zonelint.json that applies to a zone file, read; null when none does.</summary>
    string? FindConfiguration(string zoneFile);

    /// <summary>Reads a configuration file (or lock file) of this source as text, or says why it cannot.</summary>
    string? TryReadText(string path, out string text);

    /// <summary>Whether a file exists in this source.</summary>
    bool Exists(string path);
}

/// <summary>The files on disk, as `check` reads them without --staged.</summary>
internal sealed class WorkingTreeSource(IReadOnlyList<string> paths) : IZoneSource
{
    public IReadOnlyList<string> Files { get; } = ZoneFileFinder.Find(paths);

    public IZoneFileSystem FileSystem => PhysicalFileSystem.Instance;

    public string? FindConfiguration(string zoneFile) => ConfigurationLoader.FindFor(zoneFile);

    public string? TryReadText(string path, out string text) => PhysicalFileSystem.Instance.TryReadText(path, out text);

    public bool Exists(string path) => File.Exists(path);
}
