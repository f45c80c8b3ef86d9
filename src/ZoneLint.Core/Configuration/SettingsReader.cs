using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Configuration;

/// <summary>Turns the JSON tree of zonelint.json into settings, reporting each bad key or value where it stands.</summary>
internal sealed class SettingsReader
{
    private const string SeverityNames = "\"error\", \"warning\", \"info\" or \"none\" (\"off\")";

    private static readonly string[] CanonicalSeverities = { "error", "warning", "info", "none", "off" };

    private readonly SourceText _source;
    private readonly DiagnosticBag _bag;
    private readonly string? _folder;
    private readonly Dictionary<string, DiagnosticSeverity> _severities = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<OriginMapping> _origins = new();
    private uint _minimumTtl = ZoneLintConfiguration.DefaultMinimumTtl;
    private string? _includeRoot;
    private SpfSettingsReader? _spf;
    private readonly Dictionary<string, decimal> _limits = new(StringComparer.Ordinal);

    public SettingsReader(SourceText source, DiagnosticBag bag, string? folder)
    {
        _source = source;
        _bag = bag;
        _folder = folder;
    }

    public ZoneLintConfiguration Build(string path) =>
        new(path, _folder, _severities, _minimumTtl, _origins.ToArray(), _includeRoot, _spf?.Build() ?? DefaultSpf(), new LimitSettings(_limits));

    public void ReadSettings(JsonObject settings)
    {
        foreach (var member in settings.Members)
        {
            switch (member.Name)
            {
                case "$schema":
                    if (member.Value is not JsonString)
                        Report(member.Value, $"\"$schema\" must be a string (the address of the schema), not {Shown(member.Value)}");
                    break;
                case "rules": ReadRules(member.Value); break;
                case "minimumTtl": ReadMinimumTtl(member.Value); break;
                case "origins": ReadOrigins(member.Value); break;
                case "includeRoot": ReadIncludeRoot(member.Value); break;
                case "limits": ReadLimits(member.Value); break;
                case "spf": (_spf = new SpfSettingsReader(_source, _bag, _folder)).Read(member.Value); break;
                default: ReportUnknownSetting(member); break;
            }
        }
    }

    /// <summary>No "spf" object: the defaults, with the lock file beside zonelint.json.</summary>
    private SpfSettings DefaultSpf() => new SpfSettingsReader(_source, _bag, _folder).Build();

    private void ReportUnknownSetting(JsonMember member)
    {
        if (IsRuleIdShape(member.Name))
        {
            ReportName(member, $"unknown setting \"{member.Name}\": rule severities go inside \"rules\", as in {{ \"rules\": {{ \"{member.Name}\": \"none\" }} }}");
            return;
        }
        if (Array.IndexOf(SpfSettingsReader.Keys, member.Name) >= 0)
        {
            ReportName(member, $"unknown setting \"{member.Name}\": it belongs inside \"spf\", as in {{ \"spf\": {{ \"{member.Name}\": ... }} }}");
            return;
        }
        string? suggestion = ConfigurationLoader.Suggest(member.Name, ConfigurationLoader.SettingNames);
        var names = ConfigurationLoader.SettingNames.Select(n => $"\"{n}\"").ToList();
        string known = string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        ReportName(member, $"unknown setting \"{member.Name}\"{DidYouMean(suggestion)}; the settings are {known}");
    }

    private void ReadRules(JsonNode value)
    {
        if (value is not JsonObject rules)
        {
            Report(value, $"\"rules\" must be an object that maps rule IDs to severities, such as {{ \"ZL2005\": \"none\" }}, not {Shown(value)}");
            return;
        }
        var seen = new Dictionary<string, JsonMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in rules.Members)
        {
            if (!RuleCatalog.TryGet(member.Name, out var rule))
            {
                ReportName(member, IsRuleIdShape(member.Name)
                    ? $"unknown rule '{member.Name}' in \"rules\": `zonelint rules` lists every rule"
                    : $"'{member.Name}' in \"rules\" is not a rule ID: a rule ID is ZL and four digits, such as ZL2005");
                continue;
            }
            if (seen.TryGetValue(rule.Id, out var first))
            {
                ReportName(member, $"{rule.Id} is in \"rules\" twice (first as \"{first.Name}\" on line {_source.Position(first.NameStart).Line}): keep one");
                continue;
            }
            seen.Add(rule.Id, member);
            if (member.Value is not JsonString text)
            {
                Report(member.Value, $"the severity of {rule.Id} must be a string, {SeverityNames}, not {Shown(member.Value)}");
                continue;
            }
            if (!DiagnosticSeverityNames.TryParse(text.Value, out var severity))
            {
                string? suggestion = ConfigurationLoader.Suggest(text.Value.Trim(), CanonicalSeverities);
                Report(text, $"\"{text.Value}\" is not a severity (for {rule.Id} in \"rules\"){DidYouMean(suggestion)}: use {SeverityNames}");
                continue;
            }
            if (rule == RuleCatalog.InvalidConfiguration && severity != DiagnosticSeverity.Error)
            {
                Report(text, $"{rule.Id} cannot be set to \"{text.Value}\": an invalid configuration always stops the run (exit code 2)");
                continue;
            }
            if (rule == RuleCatalog.LimitReached || rule == RuleCatalog.FindingsLeftOut)
            {
                Report(text, $"{rule.Id} cannot be set: it says the check was cut short, which must not pass quietly; raise the limit in \"limits\" instead");
                continue;
            }
            _severities[rule.Id] = severity;
        }
    }

    private void ReadLimits(JsonNode value)
    {
        string known = string.Join(", ", Limit.Names.Select(n => $"\"{n}\""));
        if (value is not JsonObject limits)
        {
            Report(value, $"\"limits\" must be an object, such as {{ \"seconds\": 60, \"records\": 1000000 }}, not {Shown(value)}");
            return;
        }
        foreach (var member in limits.Members)
        {
            var limit = Limit.Named(member.Name);
            if (limit == null)
            {
                string? suggestion = ConfigurationLoader.Suggest(member.Name, Limit.Names);
                ReportName(member, $"unknown limit \"{member.Name}\"{DidYouMean(suggestion)}; the limits are {known}");
                continue;
            }
            decimal n = 0;
            bool isNumber = member.Value is JsonNumber number && decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out n);
            string? range = limit.Check(isNumber ? n : 0);
            if (range == null) _limits[limit.Name] = n;
            else Report(member.Value, $"\"{limit.Name}\" in \"limits\" must be {range}, not {Shown(member.Value)}");
        }
    }

    private void ReadMinimumTtl(JsonNode value)
    {
        if (value is JsonNumber number && TryWholeNumber(number.Text, out long seconds) && seconds >= 0 && seconds <= Ttl.Max)
        {
            _minimumTtl = (uint)seconds;
            return;
        }
        string message = $"\"minimumTtl\" must be a whole number of seconds from 0 to {Ttl.Max}, not {Shown(value)}";
        if (value is JsonString text && Ttl.TryParse(text.Value.Trim(), out uint ttl) == null)
            message += $" (write {ttl.ToString(CultureInfo.InvariantCulture)}, without quotes)";
        Report(value, message);
    }

    private void ReadOrigins(JsonNode value)
    {
        if (value is not JsonObject origins)
        {
            Report(value, $"\"origins\" must be an object that maps file patterns to domain names, such as {{ \"zones/*.zone\": \"example.com.\" }}, not {Shown(value)}");
            return;
        }
        foreach (var member in origins.Members)
        {
            string? reason = GlobPattern.TryCreate(member.Name, out var glob);
            if (reason != null)
            {
                ReportName(member, $"\"{member.Name}\" in \"origins\" is not a usable pattern: {reason}");
                continue;
            }
            if (member.Value is not JsonString text)
            {
                Report(member.Value, $"the origin for \"{member.Name}\" must be a domain name in a string, such as \"example.com.\", not {Shown(member.Value)}");
                continue;
            }
            reason = ParseOrigin(text.Value, out var origin);
            if (reason != null)
            {
                Report(text, $"\"{text.Value}\" (the origin for \"{member.Name}\") is not a domain name: {reason}");
                continue;
            }
            _origins.Add(new OriginMapping(glob!, origin!));
        }
    }

    /// <summary>A configured origin is absolute whether or not it ends in a dot: there is nothing it could be relative to.</summary>
    private static string? ParseOrigin(string text, out DomainName? origin)
    {
        origin = null;
        if (text == "@") return "\"@\" stands for the origin itself; write the domain name, such as \"example.com.\"";
        foreach (char c in text)
        {
            if (c == ' ') return "it contains a space";
            if (c < ' ' || c == '\u007F') return $"it contains the control character U+{(int)c:X4}";
            if (c > '\u007F') return $"it contains the non-ASCII character '{c}': write an internationalised name in its xn-- (A-label) form";
        }
        return DomainName.TryParse(text, DomainName.Root, out origin);
    }

    private void ReadIncludeRoot(JsonNode value)
    {
        if (value is not JsonString text)
        {
            Report(value, $"\"includeRoot\" must be a folder path in a string, relative to the folder of zonelint.json (such as \"zones\"), not {Shown(value)}");
            return;
        }
        if (text.Value.Trim().Length == 0)
        {
            Report(text, "\"includeRoot\" is empty: write \".\" for the folder of zonelint.json");
            return;
        }
        try
        {
            // '/' works on every system; a '\' written on Windows is read as a separator everywhere.
            string relative = text.Value.Replace('\\', '/');
            string full = Path.GetFullPath(_folder == null ? relative : Path.Combine(_folder, relative));
            string root = Path.GetPathRoot(full) ?? string.Empty;
            _includeRoot = full.Length > root.Length ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(text, $"\"includeRoot\" is not a usable path: {e.Message}");
        }
    }

    public void Report(JsonNode node, string message) => Report(node.Start, node.End, message);

    private void ReportName(JsonMember member, string message) => Report(member.NameStart, member.NameEnd, message);

    private void Report(int start, int end, string message) =>
        _bag.Report(RuleCatalog.InvalidConfiguration, _source.Span(start, end), message);

    /// <summary>The value as written when it is short (60s, "1h", true), else what kind of value it is.</summary>
    private string Shown(JsonNode node)
    {
        if (node is JsonObject or JsonArray) return node.KindName;
        string written = _source.Text.Substring(node.Start, node.End - node.Start);
        return written.Length <= 40 && written.IndexOf('\n') < 0 ? written : node.KindName;
    }

    /// <summary>A JSON number whose value is whole (60, 60.0, 6e1) and fits a long.</summary>
    private static bool TryWholeNumber(string text, out long value)
    {
        value = 0;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)) return false;
        if (number != decimal.Truncate(number) || number < long.MinValue || number > long.MaxValue) return false;
        value = (long)number;
        return true;
    }

    private static bool IsRuleIdShape(string name) =>
        name.Length == 6 && (name[0] == 'Z' || name[0] == 'z') && (name[1] == 'L' || name[1] == 'l') && name.Skip(2).All(c => c >= '0' && c <= '9');

    private static string DidYouMean(string? suggestion) => suggestion == null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
}
