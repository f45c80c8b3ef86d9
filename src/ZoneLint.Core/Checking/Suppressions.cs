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

    // (file, first line of an entry) → IDs, or null for all rules; the entry may run over several lines.
    private readonly Dictionary<(string File, int Line), HashSet<string>?> _entries = new();
    private readonly Dictionary<(string File, int Line), int> _entryStartOfLine = new();
    private readonly Dictionary<string, HashSet<string>?> _files = new();

    public Suppressions(ZoneParseResult zone)
    {
        var texts = zone.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First());
        foreach (var comment in zone.Comments)
        {
            string text = comment.Text.Trim();
            if (TryDirective(text, File, out var fileIds))
            {
                Merge(_files, comment.Span.File, fileIds);
            }
            else if (TryDirective(text, NextLine, out var lineIds) && texts.TryGetValue(comment.Span.File, out var source))
            {
                int line = NextEntryLine(source, comment.Span.StartLine);
                Merge(_entries, (comment.Span.File, line), lineIds);
                _entryStartOfLine[(comment.Span.File, line)] = line;
            }
        }
        if (_entries.Count == 0) return;
        // A record in parentheses runs over several lines: a finding on any of them belongs to the entry.
        foreach (var record in zone.Records)
        {
            var span = record.Span;
            if (span.EndLine == span.StartLine || !_entries.ContainsKey((span.File, span.StartLine))) continue;
            for (int line = span.StartLine + 1; line <= span.EndLine; line++) _entryStartOfLine[(span.File, line)] = span.StartLine;
        }
    }

    public bool IsSuppressed(ZoneDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        if (Covers(_files, span.File, diagnostic.Id)) return true;
        return _entryStartOfLine.TryGetValue((span.File, span.StartLine), out int start)
            && Covers(_entries, (span.File, start), diagnostic.Id);
    }

    /// <summary>The comment is the directive, followed by white space or nothing (a typo must not silence every rule).</summary>
    private static bool TryDirective(string comment, string directive, out HashSet<string>? ids)
    {
        ids = null;
        if (!comment.StartsWith(directive, StringComparison.OrdinalIgnoreCase)) return false;
        string rest = comment.Substring(directive.Length);
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) return false;
        ids = Ids(rest);
        return true;
    }

    private static bool Covers<TKey>(Dictionary<TKey, HashSet<string>?> map, TKey key, string id) where TKey : notnull =>
        map.TryGetValue(key, out var ids) && (ids == null || ids.Contains(id));

    private static void Merge<TKey>(Dictionary<TKey, HashSet<string>?> map, TKey key, HashSet<string>? ids) where TKey : notnull
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
