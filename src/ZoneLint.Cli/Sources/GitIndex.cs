using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ZoneLint.Cli.Sources;

/// <summary>One path in the git index (`git ls-files -s`).</summary>
internal sealed record IndexEntry(string Path, string Mode, string ObjectId, bool Conflicted)
{
    /// <summary>Mode 120000: the blob is the link's target, not a file's content.</summary>
    public bool IsSymbolicLink => Mode == "120000";

    /// <summary>Mode 160000: a commit of another repository, with no content here.</summary>
    public bool IsSubmodule => Mode == "160000";
}

/// <summary>
/// The git index of the repository that holds the current folder, or the tree of one of its commits: which paths it
/// has (read once) and their content (read on demand through one `git cat-file --batch` process for the whole run).
/// Paths in the index are relative to
/// the top of the working tree with '/' between folders; <see cref="ToIndexPath"/> and <see cref="FullPath"/> map
/// between them and paths as the user writes them, by text alone, never following a link on disk.
/// </summary>
internal sealed class GitIndex : IDisposable
{
    private readonly string _currentFolder;
    private readonly string _top;
    private readonly string[] _prefix;
    private readonly Dictionary<string, IndexEntry> _entries;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly object _catFileLock = new();
    private Process? _catFile;

    private GitIndex(string currentFolder, string top, string prefix, Dictionary<string, IndexEntry> entries)
    {
        _currentFolder = currentFolder;
        _top = top;
        _prefix = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries);
        _entries = entries;
        foreach (string path in entries.Keys)
            for (int slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                if (!_folders.Add(path.Substring(0, slash))) break;
    }

    /// <summary>Reads the index of the repository <paramref name="currentFolder"/> is in; not in one is a UsageException.</summary>
    public static GitIndex Open(string currentFolder)
    {
        var (top, prefix) = Locate(currentFolder, "--staged");
        var listing = Git.Run(top, "ls-files", "-z", "--stage");
        if (!listing.Succeeded) throw new UsageException($"cannot read the git index: {listing.Problem}");
        return new GitIndex(currentFolder, top, prefix, ParseStage(listing.Stdout));
    }

    /// <summary>
    /// The files of a commit (<paramref name="revision"/>: anything `git rev-parse` takes, such as main or HEAD~1) in
    /// the index's terms, so that the same paths and the same file system read them (`zonelint check --base`).
    /// </summary>
    public static GitIndex OpenTree(string currentFolder, string revision)
    {
        var (top, prefix) = Locate(currentFolder, "--base");
        var commit = Git.Run(top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (!commit.Succeeded) throw new UsageException($"--base: '{revision}' is not a commit in this repository (is the history fetched?)");
        var listing = Git.Run(top, "ls-tree", "-r", "-z", "--full-tree", commit.Text);
        if (!listing.Succeeded) throw new UsageException($"--base: cannot list the files of {revision}: {listing.Problem}");
        return new GitIndex(currentFolder, top, prefix, ParseTree(listing.Stdout));
    }

    private static (string Top, string Prefix) Locate(string currentFolder, string option)
    {
        var top = Git.Run(currentFolder, "rev-parse", "--show-toplevel");
        if (!top.Succeeded) throw new UsageException($"{option} needs a git repository with a working tree: {top.Problem}");
        var prefix = Git.Run(currentFolder, "rev-parse", "--show-prefix");
        if (!prefix.Succeeded) throw new UsageException($"{option} needs a git repository with a working tree: {prefix.Problem}");
        return (top.Text, prefix.Text);
    }

    /// <summary>Every path in the index; a path with merge stages 1-3 is one entry, marked conflicted.</summary>
    public IEnumerable<IndexEntry> Entries => _entries.Values;

    public bool TryGetEntry(string indexPath, out IndexEntry entry) => _entries.TryGetValue(indexPath, out entry!);

    /// <summary>Whether the index has files below this folder ("" is the top of the working tree).</summary>
    public bool IsFolder(string indexPath) => indexPath.Length == 0 ? _entries.Count > 0 : _folders.Contains(indexPath);

    /// <summary>A path as the user writes it (relative to the current folder, or absolute) in the index's terms; null: outside the working tree.</summary>
    public string? ToIndexPath(string path)
    {
        string relative = Path.GetRelativePath(_currentFolder, FullPath(path));
        if (Path.IsPathRooted(relative)) return null; // another drive
        var parts = new List<string>(_prefix);
        foreach (string part in relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part != "..") parts.Add(part);
            else if (parts.Count == 0) return null;
            else parts.RemoveAt(parts.Count - 1);
        }
        return string.Join('/', parts);
    }

    /// <summary>An absolute, normalised path, relative paths taken from the current folder; by text, as the index has no links to follow.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, _currentFolder);

    /// <summary>The absolute path (below the current folder's view of the working tree) of a path in the index.</summary>
    public string FullPathOf(string indexPath)
    {
        var parts = indexPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < _prefix.Length && common < parts.Length && _prefix[common] == parts[common]) common++;
        var relative = Enumerable.Repeat("..", _prefix.Length - common).Concat(parts.Skip(common));
        return FullPath(string.Join(Path.DirectorySeparatorChar, relative.DefaultIfEmpty(".")));
    }

    /// <summary>The staged content of a file as text (see PhysicalFileSystem.Decode), or why it cannot be read.</summary>
    public string? TryReadText(IndexEntry entry, out string text)
    {
        if (_texts.TryGetValue(entry.ObjectId, out text!)) return null;
        string? error = TryReadBlob(entry.ObjectId, out byte[] bytes);
        if (error != null) return error;
        text = _texts.GetOrAdd(entry.ObjectId, ZoneLint.Core.Parsing.PhysicalFileSystem.Decode(bytes));
        return null;
    }

    /// <summary>One request to the long-lived `git cat-file --batch`: "OID\n" in, "OID TYPE SIZE\nCONTENT\n" out.</summary>
    private string? TryReadBlob(string objectId, out byte[] bytes)
    {
        bytes = Array.Empty<byte>();
        lock (_catFileLock)
        {
            if (_catFile == null)
            {
                _catFile = Git.Start(_top, redirectInput: true, "cat-file", "--batch");
                _catFile.ErrorDataReceived += (_, _) => { }; // drained, so a chatty git never blocks; errors show in the header
                _catFile.BeginErrorReadLine();
            }
            try
            {
                _catFile.StandardInput.Write(objectId + "\n");
                _catFile.StandardInput.Flush();
                var output = _catFile.StandardOutput.BaseStream;
                string header = ReadLine(output);
                var fields = header.Split(' ');
                if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
                    return $"git cannot read object {objectId}: {header}";
                bytes = new byte[size];
                output.ReadExactly(bytes);
                output.ReadExactly(new byte[1]); // the line feed after the content
                return null;
            }
            catch (IOException e)
            {
                return $"git cat-file stopped: {e.Message}";
            }
        }
    }

    private static string ReadLine(Stream stream)
    {
        var line = new List<byte>();
        for (int b = stream.ReadByte(); b != '\n'; b = stream.ReadByte())
        {
            if (b < 0) throw new EndOfStreamException("git cat-file ended early");
            line.Add((byte)b);
        }
        return Encoding.UTF8.GetString(line.ToArray());
    }

    /// <summary>Parses `git ls-files -z --stage`: "MODE OID STAGE\tPATH\0" per entry.</summary>
    private static Dictionary<string, IndexEntry> ParseStage(byte[] output)
    {
        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        foreach (var (fields, path) in Records(output))
        {
            bool conflicted = fields[2] != "0" || entries.ContainsKey(path);
            entries[path] = new IndexEntry(path, fields[0], fields[1], conflicted);
        }
        return entries;
    }

    /// <summary>Parses `git ls-tree -r -z`: "MODE TYPE OID\tPATH\0" per entry.</summary>
    private static Dictionary<string, IndexEntry> ParseTree(byte[] output)
    {
        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        foreach (var (fields, path) in Records(output)) entries[path] = new IndexEntry(path, fields[0], fields[2], Conflicted: false);
        return entries;
    }

    /// <summary>The NUL-terminated records of a -z listing: three space-separated fields, a tab, the path.</summary>
    private static IEnumerable<(string[] Fields, string Path)> Records(byte[] output)
    {
        int start = 0;
        while (start < output.Length)
        {
            int end = Array.IndexOf(output, (byte)0, start);
            if (end < 0) end = output.Length;
            string record = Encoding.UTF8.GetString(output, start, end - start);
            start = end + 1;
            int tab = record.IndexOf('\t');
            if (tab < 0) continue;
            var fields = record.Substring(0, tab).Split(' ');
            if (fields.Length == 3) yield return (fields, record.Substring(tab + 1));
        }
    }

    public void Dispose()
    {
        lock (_catFileLock)
        {
            if (_catFile == null) return;
            try
            {
                _catFile.StandardInput.Close(); // cat-file ends at the end of its input
                if (!_catFile.WaitForExit(5000)) _catFile.Kill();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
            }
            _catFile.Dispose();
            _catFile = null;
        }
    }
}
