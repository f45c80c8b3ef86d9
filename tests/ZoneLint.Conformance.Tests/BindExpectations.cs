using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ZoneLint.Conformance.Tests;

/// <summary>One row of bind9/checkzone/EXPECTATIONS.md.</summary>
public sealed record CheckzoneExpectation(string File, string Args, string Expected, string Detail)
{
    /// <summary>The zone name named-checkzone is given: the last word of the args column.</summary>
    public string Origin
    {
        get
        {
            var words = Args.Split(new[] { ' ', '`', '(', ')' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? "." : words[words.Length - 1];
        }
    }

    public bool ExpectAccept => Expected.StartsWith("ACCEPT", StringComparison.Ordinal);

    public bool ExpectReject => Expected.StartsWith("REJECT", StringComparison.Ordinal);
}

/// <summary>One row of bind9/master/EXPECTATIONS.md (dns_master_loadfile with origin "test").</summary>
public sealed record MasterExpectation(string File, string Test, string Expected, string Checks)
{
    public bool ExpectAccept =>
        !ExpectReject && (Expected.IndexOf("accept", StringComparison.OrdinalIgnoreCase) >= 0
            || Expected.IndexOf("success code", StringComparison.OrdinalIgnoreCase) >= 0);

    public bool ExpectReject => Expected.IndexOf("(reject)", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>A master-file text (not a hex dump of the raw format, not a build-time template).</summary>
    public bool IsText => File.EndsWith(".data", StringComparison.Ordinal);
}

/// <summary>One row of realworld-zones/PROVENANCE.md.</summary>
public sealed record RealWorldZone(string LocalPath, string OriginColumn)
{
    /// <summary>The zone name, or null for an include fragment ("none: ...").</summary>
    public string? Origin
    {
        get
        {
            string first = OriginColumn.Split(' ')[0].TrimEnd(':');
            return first == "none" ? null : first;
        }
    }

    /// <summary>The repository folder (first path segment): $INCLUDE may reach anywhere inside it.</summary>
    public string RepositoryFolder => LocalPath.Split('/')[0];
}

/// <summary>Reads the expectation tables the conformance folder ships as Markdown.</summary>
public static class BindExpectations
{
    public static string CheckzoneFolder => ConformanceData.PathOf("bind9", "checkzone");

    public static string CheckzoneZones => Path.Combine(CheckzoneFolder, "zones");

    public static string MasterFolder => ConformanceData.PathOf("bind9", "master");

    public static string MasterfileFolder => ConformanceData.PathOf("bind9", "masterfile");

    public static string RealWorldFolder => ConformanceData.PathOf("realworld-zones");

    private static readonly Lazy<IReadOnlyDictionary<string, CheckzoneExpectation>> CheckzoneTable = new(() =>
        Rows(Path.Combine(CheckzoneFolder, "EXPECTATIONS.md"), "file", 4)
            .ToDictionary(c => c[0], c => new CheckzoneExpectation(c[0], c[1], c[2], c[3]), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<string, MasterExpectation>> MasterTable = new(() =>
        Rows(Path.Combine(MasterFolder, "EXPECTATIONS.md"), "file", 4)
            .ToDictionary(c => c[0], c => new MasterExpectation(c[0], c[1], c[2], c[3]), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyList<RealWorldZone>> RealWorldTable = new(() =>
        Rows(Path.Combine(RealWorldFolder, "PROVENANCE.md"), "local path", 7)
            .Select(c => new RealWorldZone(c[0], c[6])).ToList());

    /// <summary>The checkzone table, by file name (empty when the data is missing).</summary>
    public static IReadOnlyDictionary<string, CheckzoneExpectation> Checkzone => CheckzoneTable.Value;

    public static IReadOnlyDictionary<string, MasterExpectation> Master => MasterTable.Value;

    public static IReadOnlyList<RealWorldZone> RealWorld => RealWorldTable.Value;

    /// <summary>
    /// The zone file to load for a checkzone row. bad-tsig.db.j2 is a Jinja2 template: it is rendered as BIND's
    /// harness does (@DEFAULT_HMAC@ becomes hmac-sha256, the {% raw %} lines are dropped) into the temp workspace.
    /// </summary>
    public static string CheckzonePath(string file)
    {
        string source = Path.Combine(CheckzoneZones, file);
        if (!file.EndsWith(".j2", StringComparison.Ordinal)) return source;
        string target = Path.Combine(TempWorkspace.Folder("checkzone", "zones"), file.Substring(0, file.Length - 3));
        lock (CheckzoneTable)
        {
            if (!File.Exists(target))
            {
                var lines = File.ReadAllLines(source, Encoding.Latin1)
                    .Where(l => !l.TrimStart().StartsWith("{%", StringComparison.Ordinal))
                    .Select(l => l.Replace("@DEFAULT_HMAC@", "hmac-sha256"));
                File.WriteAllText(target, string.Join("\n", lines) + "\n", Encoding.Latin1);
            }
        }
        return target;
    }

    /// <summary>The cells of each data row of the first Markdown table whose header starts with <paramref name="firstHeader"/>.</summary>
    private static IEnumerable<string[]> Rows(string path, string firstHeader, int minCells)
    {
        if (!File.Exists(path)) yield break;
        bool inTable = false;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("|", StringComparison.Ordinal))
            {
                if (inTable) yield break;
                continue;
            }
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (!inTable)
            {
                inTable = cells[0] == firstHeader;
                continue;
            }
            if (cells[0].StartsWith("---", StringComparison.Ordinal) || cells.Length < minCells) continue;
            if (cells.Length > minCells) cells = cells.Take(minCells - 1).Append(string.Join("|", cells.Skip(minCells - 1))).ToArray();
            yield return cells;
        }
    }
}
