using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Checking;

/// <summary>
/// Suppression comments in the zone file: `; zonelint-disable-next-line ZL2005` silences the rules named for the
/// next line that holds a record; `; zonelint-disable-file ZL3012` for the whole file. No IDs: every rule.
/// </summary>
internal sealed class Suppressions
{
    private const string NextLine = "zonelint-disable-next-line";
    private const string File = "zonelint-disable-file";

    // (file, line) → IDs, or null for all rules.
    private readonly Dictionary<(string File, int Line), HashSet<string>?> _lines = new();
    private readonly Dictionary<string, HashSet<string>?> _files = new();

    public Suppressions(ZoneParseResult zone)
    {
        var texts = zone.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First());
        foreach (var comment in zone.Comments)
        {
            string text = comment.Text.Trim();
            if (text.StartsWith(File, StringComparison.OrdinalIgnoreCase))
            {
                Merge(_files, comment.Span.File, Ids(text.Substring(File.Length)));
            }
            else if (text.StartsWith(NextLine, StringComparison.OrdinalIgnoreCase) && texts.TryGetValue(comment.Span.File, out var source))
            {
                Merge(_lines, (comment.Span.File, NextEntryLine(source, comment.Span.StartLine)), Ids(text.Substring(NextLine.Length)));
            }
        }
    }

    public bool IsSuppressed(ZoneDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        return Covers(_files, span.File, diagnostic.Id) || Covers(_lines, (span.File, span.StartLine), diagnostic.Id);
    }

    private static bool Covers<TKey>(Dictionary<TKey, HashSet<string>?> map, TKey key, string id) =>
        map.TryGetValue(key, out var ids) && (ids == null || ids.Contains(id));

    private static void Merge<TKey>(Dictionary<TKey, HashSet<string>?> map, TKey key, HashSet<string>? ids)
    {
        if (map.TryGetValue(key, out var existing))
        {
            if (existing == null) return;
            if (ids == null) map[key] = null;
            else existing.UnionWith(ids);
            return;
        }
        map[key] = ids;
    }

    private static HashSet<string>? Ids(string rest)
    {
        var ids = rest.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(word => word.StartsWith("ZL", StringComparison.OrdinalIgnoreCase))
            .Select(word => word.ToUpperInvariant())
            .ToList();
        return ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first line after <paramref name="line"/> that is neither blank nor only a comment.</summary>
    private static int NextEntryLine(SourceText source, int line)
    {
        for (int next = line + 1; next <= source.LineCount; next++)
        {
            var span = source.LineSpan(next);
            string text = source.Text.Substring(span.Start, span.Length).Trim();
            if (text.Length > 0 && text[0] != ';') return next;
        }
        return line + 1;
    }
}
