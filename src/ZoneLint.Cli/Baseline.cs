using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Text;

namespace ZoneLint.Cli;

/// <summary>
/// The findings a team has accepted for now (`check --write-baseline FILE`), so that `check --baseline FILE` reports
/// only new ones. A finding is known by its file (relative to the baseline's folder), rule and fingerprint; a
/// fingerprint that appears twice in the file is accepted twice, not for ever.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly Dictionary<(string File, string Id, string Fingerprint), int> _counts;

    private Baseline(string path, Dictionary<(string, string, string), int> counts)
    {
        Path = path;
        _counts = counts;
    }

    public string Path { get; }

    /// <summary>How many findings of the baseline no longer occur: fixed, or changed so that they count as new.</summary>
    public int Unmatched => _counts.Values.Sum();

    /// <summary>The findings that are not in the baseline. Call once: each entry of the baseline absorbs one finding.</summary>
    public List<ZoneDiagnostic> Filter(IEnumerable<ZoneDiagnostic> diagnostics, Func<ZoneDiagnostic, string> fingerprint)
    {
        var fresh = new List<ZoneDiagnostic>();
        foreach (var d in diagnostics)
        {
            var key = (RelativeFile(Path, d.Span.File), d.Id, fingerprint(d));
            // A broken configuration is never accepted: it would silence whatever it was meant to say.
            if (d.Id != RuleIds.InvalidConfiguration && _counts.TryGetValue(key, out int left) && left > 0)
                _counts[key] = left - 1;
            else
                fresh.Add(d);
        }
        return fresh;
    }

    public static Baseline Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read baseline '{path}': {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
        }
        var counts = new Dictionary<(string, string, string), int>();
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                throw Invalid(path, "it has no \"findings\" array");
            if (root.TryGetProperty("format", out var format) && (format.ValueKind != JsonValueKind.Number || format.GetInt32() != FormatVersion))
                throw Invalid(path, $"format {format} is not {FormatVersion}; write it again with this zonelint");
            foreach (var finding in findings.EnumerateArray())
            {
                var key = (Text(finding, "file", path), Text(finding, "id", path), Text(finding, "fingerprint", path));
                counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw Invalid(path, e.Message);
        }
        return new Baseline(path, counts);
    }

    public static void Write(string path, IEnumerable<ZoneDiagnostic> diagnostics, Func<ZoneDiagnostic, string> fingerprint)
    {
        var findings = diagnostics
            .Where(d => d.Id != RuleIds.InvalidConfiguration)
            .Select(d => (File: RelativeFile(path, d.Span.File), d.Id, Fingerprint: fingerprint(d), d.Span.StartLine, d.Message))
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var output = new StringWriter();
        JsonReporter.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("tool", "zonelint");
            json.WriteNumber("format", FormatVersion);
            json.WriteStartArray("findings");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("file", f.File);
                json.WriteString("id", f.Id);
                json.WriteString("fingerprint", f.Fingerprint);
                // Line and message are for the reader of the file and its diffs; matching ignores them.
                json.WriteNumber("line", f.StartLine);
                json.WriteString("message", f.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        try
        {
            string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder != null) Directory.CreateDirectory(folder);
            // Written whole, then moved into place: an interrupted run never leaves half a baseline.
            string temporary = path + ".tmp";
            File.WriteAllText(temporary, output.ToString());
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write baseline '{path}': {e.Message}");
        }
    }

    /// <summary>A finding's file as the baseline names it: relative to the baseline's folder, with forward slashes.</summary>
    private static string RelativeFile(string baselinePath, string file)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(baselinePath)) ?? ".";
        return System.IO.Path.GetRelativePath(folder, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
    }

    private static string Text(JsonElement finding, string name, string path) =>
        finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Invalid(path, $"a finding without a \"{name}\" string");

    private static UsageException Invalid(string path, string reason) =>
        new($"invalid baseline '{path}': {reason}; write it again with `zonelint check --write-baseline {path}`");
}
