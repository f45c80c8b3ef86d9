using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Configuration;

/// <summary>
/// The "limits" object of zonelint.json: the bounds on size and time (docs/security.md), each a number. Only the
/// keys written are kept; every other limit keeps the default of <see cref="ParseOptions"/> and CheckOptions.
/// </summary>
public sealed class LimitSettings
{
    public static LimitSettings Default { get; } = new(new Dictionary<string, decimal>());

    internal LimitSettings(IReadOnlyDictionary<string, decimal> values)
    {
        Values = values;
    }

    /// <summary>The limits set, by key ("records", "seconds", ...).</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; }

    /// <summary>"findingsPerFile", the one limit that belongs to the check rather than the parse; null when not set.</summary>
    public int? FindingsPerFile => Values.TryGetValue(FindingsPerFileKey, out decimal value) ? (int)value : null;

    internal const string FindingsPerFileKey = "findingsPerFile";

    /// <summary>Sets each limit given in <see cref="Values"/> on <paramref name="options"/>.</summary>
    public void ApplyTo(ParseOptions options)
    {
        foreach (var pair in Values) Limit.Named(pair.Key)?.Apply?.Invoke(options, pair.Value);
    }

    /// <summary>
    /// Limits written NAME=VALUE, as the command line's `--limit seconds=60` takes them; null, and why, when one is not
    /// a known limit or not in its range.
    /// </summary>
    public static LimitSettings? TryParse(IEnumerable<string> items, out string? error)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            int equals = item.IndexOf('=');
            string name = equals < 0 ? item : item.Substring(0, equals);
            var limit = Limit.Named(name);
            if (limit == null)
            {
                error = $"unknown limit '{name}'; the limits are {string.Join(", ", Limit.Names)}";
                return null;
            }
            bool isNumber = decimal.TryParse(equals < 0 ? "" : item.Substring(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value);
            if (limit.Check(isNumber ? value : 0) is { } range)
            {
                error = $"limit {name} must be {range}, as in --limit {name}={(limit.IsWhole ? "1000" : "60")}";
                return null;
            }
            values[name] = value;
        }
        error = null;
        return new LimitSettings(values);
    }

    /// <summary>This configuration's limits, then <paramref name="overrides"/> over them (a command line's, say).</summary>
    public LimitSettings With(LimitSettings overrides)
    {
        if (overrides.Values.Count == 0) return this;
        var merged = Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var pair in overrides.Values) merged[pair.Key] = pair.Value;
        return new LimitSettings(merged);
    }
}

/// <summary>
/// One key of "limits": its range and where it goes. The ceilings keep a value that a pull request's zonelint.json sets
/// within what the process can survive (a .NET string holds about 2^30 characters; each include is a stack frame).
/// </summary>
internal sealed class Limit
{
    public static readonly Limit[] All =
    {
        new("records", int.MaxValue, (o, v) => o.MaxRecords = (int)v),
        new("generatedRecords", int.MaxValue, (o, v) => o.MaxGeneratedRecords = (int)v),
        new("recordsPerGenerate", int.MaxValue, (o, v) => o.MaxGenerateRecords = (int)v),
        new("tokenLength", 1 << 28, (o, v) => o.MaxTokenLength = (int)v),
        new("entryLength", 1 << 28, (o, v) => o.MaxEntryLength = (int)v),
        new("fileBytes", 1_000_000_000, (o, v) => o.MaxFileBytes = (long)v),
        new("zoneBytes", 1L << 40, (o, v) => o.MaxZoneBytes = (long)v),
        new("includeDepth", 100, (o, v) => o.MaxIncludeDepth = (int)v),
        new("includedFiles", 1_000_000, (o, v) => o.MaxIncludedFiles = (int)v),
        // Seconds may have a fraction (0.5), down to a microsecond.
        new("seconds", 86_400, (o, v) => o.TimeLimit = TimeSpan.FromTicks((long)(v * TimeSpan.TicksPerSecond)), whole: false),
        new(LimitSettings.FindingsPerFileKey, int.MaxValue, null),
    };

    private Limit(string name, long maximum, Action<ParseOptions, decimal>? apply, bool whole = true)
    {
        Name = name;
        Maximum = maximum;
        Apply = apply;
        IsWhole = whole;
    }

    public string Name { get; }

    /// <summary>The largest value accepted; the smallest is 1 for a whole number, a microsecond for seconds.</summary>
    public long Maximum { get; }

    /// <summary>False for "seconds", which may have a fraction.</summary>
    public bool IsWhole { get; }

    public Action<ParseOptions, decimal>? Apply { get; }

    /// <summary>Null when <paramref name="value"/> is in range, else what it must be.</summary>
    public string? Check(decimal value)
    {
        if (IsWhole) return value == decimal.Truncate(value) && value >= 1 && value <= Maximum ? null : $"a whole number from 1 to {Maximum}";
        return value >= 0.000001m && value <= Maximum ? null : $"a number of seconds from 0.000001 to {Maximum}";
    }

    public static IEnumerable<string> Names => All.Select(l => l.Name);

    public static Limit? Named(string name) => All.FirstOrDefault(l => l.Name == name);
}
