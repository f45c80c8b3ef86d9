using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;

namespace ZoneLint.Cli;

/// <summary>Turns the PATH arguments into zone files: files as given, folders searched by name.</summary>
internal static class ZoneFileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static List<string> Find(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths.Count == 0 ? new[] { "." } : paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Search(path).OrderBy(f => f, StringComparer.Ordinal));
            else
                throw new UsageException($"cannot read '{path}': no such file or folder");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Search(string folder)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read folder '{folder}': {e.Message}");
        }
        foreach (var entry in entries)
        {
            string name = Path.GetFileName(entry);
            string display = folder == "." ? name : Path.Combine(folder, name);
            if (Directory.Exists(entry))
            {
                // A linked folder is not followed: links can loop (`self -> .`) and lead out of the tree.
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(name) || new DirectoryInfo(entry).LinkTarget != null) continue;
                foreach (var file in Search(display)) yield return file;
            }
            else if (ZoneFileNames.IsZoneFileName(name))
            {
                if (!File.Exists(entry)) throw new UsageException($"cannot read '{display}': it is a link to nothing");
                yield return display;
            }
        }
    }
}
