using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Fixes;

/// <summary>One file a fix run changed: its path as the findings name it, and its text before and after.</summary>
public sealed record FixedFile(string Path, string Original, string Fixed);

/// <summary>What a fix run did: the files it changed, how many findings it fixed, and the findings left.</summary>
public sealed record FixOutcome(IReadOnlyList<FixedFile> Files, int FixedCount, IReadOnlyList<ZoneDiagnostic> Remaining);

/// <summary>
/// `zonelint fix` without the disk: check the zones, collect the certain edits of the findings, apply them in memory,
/// and check again until nothing more is fixed (a fix can reveal another, as a straightened quote reveals a long
/// string). A pass whose edits would make a zone less parseable than before is undone edit by edit.
/// </summary>
public static class ZoneFixer
{
    /// <summary>Passes after which a run stops even if fixes keep coming (they never should: each removes a finding).</summary>
    public const int MaxPasses = 8;

    public static FixOutcome Fix(
        IReadOnlyList<string> files, IReadOnlyList<CheckOptions> options, Func<string, bool>? ruleFilter = null)
    {
        var overlay = new OverlayFileSystem(options.Count > 0 ? options[0].Parse.FileSystem : PhysicalFileSystem.Instance);
        var runOptions = options.Select(o => new CheckOptions { Parse = o.Parse.WithFileSystem(overlay), Rules = o.Rules, Severity = o.Severity }).ToArray();
        var originals = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        int fixedCount = 0;
        var (zones, diagnostics) = CheckAll(files, runOptions);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var sources = Sources(zones);
            foreach (var source in sources.Values) AddOnce(originals, source.Path, source);
            var edits = CollectEdits(zones, runOptions, diagnostics, sources, ruleFilter);
            if (edits.Count == 0) break;
            int applied = 0;
            // A file reached by two paths (a zone that another includes) is one file: its edits go under one name.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            string NameOf(string path)
            {
                string full = overlay.GetFullPath(path);
                if (!names.TryGetValue(full, out var name)) names.Add(full, name = current.Keys.FirstOrDefault(k => overlay.GetFullPath(k) == full) ?? path);
                return name;
            }
            foreach (var group in edits.Select(e => e.Edit with { File = NameOf(e.Edit.File) }).GroupBy(e => e.File, StringComparer.Ordinal))
            {
                var kept = TextEdits.NonOverlapping(group);
                string text = sources.TryGetValue(group.Key, out var source) ? source.Text : current[group.Key];
                string result = Keep(text, kept, (candidate, removed) => ParsesAsWell(group.Key, text, candidate, removed, zones, files, runOptions, overlay), out int keptCount);
                if (keptCount == 0) continue;
                overlay.Set(group.Key, result);
                current[group.Key] = result;
                applied += keptCount;
            }
            if (applied == 0) break;
            fixedCount += applied;
            (zones, diagnostics) = CheckAll(files, runOptions);
        }
        var changed = current
            .Where(c => originals[c.Key].Text != c.Value)
            .Select(c => new FixedFile(c.Key, originals[c.Key].Text, c.Value))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new FixOutcome(changed, fixedCount, diagnostics);
    }

    private static (ZoneParseResult[] Zones, IReadOnlyList<ZoneDiagnostic> Diagnostics) CheckAll(IReadOnlyList<string> files, CheckOptions[] options)
    {
        var zones = ZoneRun.Parse(files, options, parallel: true);
        return (zones, ZoneRun.Check(zones, options, Array.Empty<ISpfResolver>(), parallel: true));
    }

    private static Dictionary<string, SourceText> Sources(IEnumerable<ZoneParseResult> zones)
    {
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in zones.SelectMany(z => z.Files)) AddOnce(sources, file.Path, file);
        return sources;
    }

    private static List<(ZoneDiagnostic Finding, TextEdit Edit)> CollectEdits(
        ZoneParseResult[] zones, CheckOptions[] options, IReadOnlyList<ZoneDiagnostic> diagnostics,
        Dictionary<string, SourceText> sources, Func<string, bool>? ruleFilter)
    {
        var zoneByFile = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < zones.Length; i++)
        {
            foreach (var file in zones[i].Files) AddOnce(zoneByFile, file.Path, i);
        }
        var edits = new List<(ZoneDiagnostic, TextEdit)>();
        foreach (var diagnostic in diagnostics)
        {
            if (ruleFilter != null && !ruleFilter(diagnostic.Id)) continue;
            var fix = ZoneFixes.For(diagnostic.Id);
            if (fix == null || !sources.TryGetValue(diagnostic.Span.File, out var source)) continue;
            // U+FFFD may stand for bytes that were not UTF-8: written back, they would change where no fix was made.
            if (diagnostic.Span.End > source.Text.Length || source.Text.IndexOf('\uFFFD') >= 0) continue;
            int zone = zoneByFile[diagnostic.Span.File];
            foreach (var edit in fix.Edits(diagnostic, new FixContext(source, options[zone], zones[zone]))) edits.Add((diagnostic, edit));
        }
        return edits;
    }

    /// <summary>
    /// All the edits if the result passes <paramref name="acceptable"/> (given the text and the records the edits remove
    /// on purpose); otherwise each edit in turn, kept only when the text with it still passes.
    /// </summary>
    private static string Keep(string text, IReadOnlyList<TextEdit> edits, Func<string, int, bool> acceptable, out int kept)
    {
        static int Removed(IEnumerable<TextEdit> edits) => edits.Sum(e => e.RemovedRecords);
        string all = TextEdits.Apply(text, edits);
        if (acceptable(all, Removed(edits)))
        {
            kept = edits.Count;
            return all;
        }
        var chosen = new List<TextEdit>();
        foreach (var edit in edits)
        {
            chosen.Add(edit);
            if (!acceptable(TextEdits.Apply(text, chosen), Removed(chosen))) chosen.RemoveAt(chosen.Count - 1);
        }
        kept = chosen.Count;
        return TextEdits.Apply(text, chosen);
    }

    /// <summary>
    /// The zones that read the file parse with no more syntax errors (ZL1xxx at error severity) with the candidate text
    /// than with the text it replaces, and with no fewer records than before less the <paramref name="removed"/> ones.
    /// </summary>
    private static bool ParsesAsWell(
        string path, string before, string candidate, int removed, ZoneParseResult[] zones, IReadOnlyList<string> files, CheckOptions[] options, OverlayFileSystem overlay)
    {
        for (int i = 0; i < zones.Length; i++)
        {
            string full = overlay.GetFullPath(path);
            if (!zones[i].Files.Any(f => f.Path == path || overlay.GetFullPath(f.Path) == full)) continue;
            var was = Measure(ZoneParser.ParseFile(files[i], options[i].Parse));
            overlay.Set(path, candidate);
            var now = Measure(ZoneParser.ParseFile(files[i], options[i].Parse));
            overlay.Set(path, before);
            if (now.Errors > was.Errors || now.Records < was.Records - removed) return false;
        }
        return true;
    }

    /// <summary>The first value for a key stands (netstandard2.0 has no Dictionary.TryAdd).</summary>
    private static void AddOnce<T>(Dictionary<string, T> map, string key, T value)
    {
        if (!map.ContainsKey(key)) map.Add(key, value);
    }

    private static (int Errors, int Records) Measure(ZoneParseResult zone) =>
        (zone.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Id != RuleIds.CharacterStringTooLong && d.Id != RuleIds.PastedCharacters), zone.Records.Count);
}
