using System;
using System.IO;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli;

/// <summary>How every command reads a zone file: the same origin, the same include root, the same configuration.</summary>
internal static class ZoneFiles
{
    /// <summary>The parse options `check` uses for a file (<see cref="ZoneRun.OptionsFor"/>).</summary>
    public static ParseOptions ParseOptionsFor(string file, DomainName? originOption, ZoneLintConfiguration configuration) =>
        ZoneRun.OptionsFor(file, configuration, originOption).Parse;

    /// <summary>The zonelint.json that applies to a file (an invalid one counts as none here; `check` reports it).</summary>
    public static ZoneLintConfiguration ConfigurationFor(string file) =>
        ConfigurationLoader.FindFor(file) is { } path && ConfigurationLoader.LoadFile(path) is { IsValid: true } loaded
            ? loaded.Configuration
            : ZoneLintConfiguration.Default;

    /// <summary>Reads a zone file named by an option (`--zone`); a path that cannot be read is a usage error.</summary>
    public static ZoneParseResult Load(string path, string option)
    {
        if (Directory.Exists(path)) throw new UsageException($"{option} '{path}' is a folder; name a zone file");
        if (!File.Exists(path)) throw new UsageException($"cannot read zone file '{path}': no such file");
        try
        {
            using (File.OpenRead(path)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read zone file '{path}': {e.Message}");
        }
        return ZoneParser.ParseFile(path, ParseOptionsFor(path, null, ConfigurationFor(path)));
    }
}
