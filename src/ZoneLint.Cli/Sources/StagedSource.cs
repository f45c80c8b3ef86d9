using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli.Sources;

/// <summary>
/// The zone files as they stand in the git index (--staged): what `git commit` is about to record. The same selection
/// as on disk (files as given, folders searched by name), but from the index's paths; content, $INCLUDEs,
/// zonelint.json and the lock file are all read from the index too. Files deleted in the index are not linted.
/// </summary>
internal sealed class StagedSource : IZoneSource, IDisposable
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    private readonly GitIndex _index;
    private readonly GitIndexFileSystem _fileSystem;

    private StagedSource(GitIndex index, IReadOnlyList<string> files)
    {
        _index = index;
        _fileSystem = new GitIndexFileSystem(index);
        Files = files;
    }

    /// <summary>Reads the index of the repository of the current folder and picks the zone files named by <paramref name="paths"/>.</summary>
    public static StagedSource Open(IReadOnlyList<string> paths)
    {
        var index = GitIndex.Open(Directory.GetCurrentDirectory());
        try
        {
            return new StagedSource(index, Find(index, paths));
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Files { get; }

    public IZoneFileSystem FileSystem => _fileSystem;

    /// <summary>The nearest zonelint.json in the index, from the zone's folder up to the top of the working tree.</summary>
    public string? FindConfiguration(string zoneFile)
    {
        string? folder = _index.ToIndexPath(zoneFile);
        if (folder == null) return null;
        if (!_index.IsFolder(folder)) folder = folder.Contains('/') ? folder.Substring(0, folder.LastIndexOf('/')) : string.Empty;
        while (true)
        {
            string candidate = folder.Length == 0 ? ConfigurationLoader.FileName : folder + "/" + ConfigurationLoader.FileName;
            if (_index.TryGetEntry(candidate, out var entry))
            {
                // The caller would fall back to the disk for a configuration it cannot read: say so instead.
                if (GitIndexFileSystem.Refusal(entry) is { } reason)
                    throw new UsageException($"cannot read configuration '{Shown(candidate)}': {reason}");
                return _index.FullPathOf(candidate);
            }
            if (folder.Length == 0) return null;
            int slash = folder.LastIndexOf('/');
            folder = slash < 0 ? string.Empty : folder.Substring(0, slash);
        }
    }

    public string? TryReadText(string path, out string text) => _fileSystem.TryReadText(path, out text);

    public bool Exists(string path) => _index.ToIndexPath(path) is { } indexPath && _index.TryGetEntry(indexPath, out _);

    public void Dispose() => _index.Dispose();

    /// <summary>Files as given (they must be in the index), folders searched in the index by zone-file name.</summary>
    private static List<string> Find(GitIndex index, IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var conflicted = new List<string>();
        foreach (string path in paths.Count == 0 ? new[] { "." } : paths)
        {
            string indexPath = index.ToIndexPath(path)
                ?? throw new UsageException($"'{path}' is outside the git repository, so it has nothing staged");
            if (index.TryGetEntry(indexPath, out var entry))
            {
                if (entry.Conflicted) conflicted.Add(path);
                else if (GitIndexFileSystem.Refusal(entry) is { } reason) throw new UsageException($"cannot read '{path}': {reason}");
                else files.Add(path);
            }
            else if (index.IsFolder(indexPath))
            {
                var found = Search(index, path, indexPath).ToList();
                conflicted.AddRange(found.Where(f => f.Entry.Conflicted).Select(f => f.Display));
                files.AddRange(found.Where(f => !f.Entry.Conflicted).Select(f => f.Display).OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                throw new UsageException($"'{path}' is not in the git index; `git add` it first, or lint the working tree without --staged");
            }
            else if (!Directory.Exists(path))
            {
                throw new UsageException($"cannot read '{path}': not in the git index, nor on disk");
            }
            // A folder on disk with nothing staged in it holds no zone files to lint.
        }
        if (conflicted.Count > 0)
        {
            string more = conflicted.Count == 1 ? "" : $" (and {conflicted.Count - 1} more)";
            throw new UsageException($"'{conflicted[0]}'{more} has unresolved merge conflicts in the git index; resolve them and `git add` the result before linting --staged");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The zone files below a folder of the index, shown as the working-tree search would show them.</summary>
    private static IEnumerable<(string Display, IndexEntry Entry)> Search(GitIndex index, string folder, string indexFolder)
    {
        string prefix = indexFolder.Length == 0 ? string.Empty : indexFolder + "/";
        foreach (var entry in index.Entries)
        {
            if (!entry.Path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var parts = entry.Path.Substring(prefix.Length).Split('/');
            if (!ZoneFileNames.IsZoneFileName(parts[^1]) || entry.IsSymbolicLink || entry.IsSubmodule) continue;
            if (parts.Take(parts.Length - 1).Any(p => p.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(p))) continue;
            string relative = string.Join(Path.DirectorySeparatorChar, parts);
            yield return (folder == "." ? relative : Path.Combine(folder, relative), entry);
        }
    }

    /// <summary>An index path as the user would type it from the current folder.</summary>
    private string Shown(string indexPath) => Path.GetRelativePath(Directory.GetCurrentDirectory(), _index.FullPathOf(indexPath));
}
