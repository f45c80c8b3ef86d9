using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Configuration;

/// <summary>Finds and reads zonelint.json. Every mistake in it is a ZL9001 diagnostic at the bad key or value.</summary>
public static class ConfigurationLoader
{
    public const string FileName = "zonelint.json";

    /// <summary>The top-level keys a configuration may have (docs/zonelint.schema.json describes each).</summary>
    public static IReadOnlyList<string> SettingNames { get; } = new[] { "$schema", "rules", "minimumTtl", "origins", "includeRoot", "spf", "limits" };

    /// <summary>
    /// Reads a configuration from text. Does no I/O, so the Roslyn analyzer can call it with an AdditionalFile;
    /// <paramref name="path"/> is what diagnostics print, and its folder is where relative paths and patterns start.
    /// </summary>
    public static ConfigurationResult Load(string path, string text)
    {
        if (string.IsNullOrEmpty(path)) throw new ArgumentException("the configuration needs a path", nameof(path));
        if (text == null) throw new ArgumentNullException(nameof(text));
        var source = new SourceText(path, text);
        var bag = new DiagnosticBag();
        var root = JsonDocumentReader.Parse(source, out var errors);
        foreach (var error in errors) bag.Report(RuleCatalog.InvalidConfiguration, error.Span, error.Message);

        var reader = new SettingsReader(source, bag, FolderOf(path));
        if (root is JsonObject settings) reader.ReadSettings(settings);
        else if (root != null) reader.Report(root, $"the configuration must be a JSON object ({{ ... }}), not {root.KindName}");

        var diagnostics = bag.OrderBy(d => d.Span.Start).ToArray();
        return new ConfigurationResult(reader.Build(path), diagnostics);
    }

    /// <summary>Reads a configuration from disk; a file that cannot be read is a ZL9001 at line 1, column 1.</summary>
    public static ConfigurationResult LoadFile(string path)
    {
        string? reason = PhysicalFileSystem.Instance.TryReadText(path, out string text);
        return reason == null ? Load(path, text) : Unreadable(path, reason);
    }

    /// <summary>A configuration that could not be read, for whatever reason its source gives: the defaults and a ZL9001.</summary>
    public static ConfigurationResult Unreadable(string path, string reason)
    {
        var span = new SourceText(path, string.Empty).Span(0, 0);
        var diagnostic = new ZoneDiagnostic(
            RuleCatalog.InvalidConfiguration, RuleCatalog.InvalidConfiguration.DefaultSeverity, span,
            $"cannot read the configuration file: {reason}");
        return new ConfigurationResult(ZoneLintConfiguration.Default, new[] { diagnostic });
    }

    /// <summary>
    /// The zonelint.json that applies to a zone file (or, given a folder, to the files in it): the nearest one in
    /// the file's folder or above. The search stops after a folder with `.git` (the repository root). Null: none.
    /// </summary>
    public static string? FindFor(string zoneFilePath)
    {
        string? folder;
        try
        {
            string fullPath = Path.GetFullPath(zoneFilePath);
            folder = Directory.Exists(fullPath) ? fullPath : Path.GetDirectoryName(fullPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        while (folder != null)
        {
            string candidate = Path.Combine(folder, FileName);
            if (File.Exists(candidate)) return candidate;
            string git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return null; // a worktree or submodule has a .git file
            folder = Path.GetDirectoryName(folder);
        }
        return null;
    }

    private static string? FolderOf(string path)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The closest of <paramref name="candidates"/> to a misspelt word (ignoring case), or null when none is close.</summary>
    internal static string? Suggest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = EditDistance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance && distance <= Math.Max(1, candidate.Length * 2 / 5) && distance < word.Length)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
