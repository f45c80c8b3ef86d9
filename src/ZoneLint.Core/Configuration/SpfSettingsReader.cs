using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Configuration;

/// <summary>Reads the "spf" object of zonelint.json, reporting each bad key or value where it stands (ZL9001).</summary>
internal sealed class SpfSettingsReader
{
    public static readonly string[] Keys = { "lookupWarningThreshold", "senders", "lockFile" };

    private readonly SourceText _source;
    private readonly DiagnosticBag _bag;
    private readonly string? _folder;
    private int _threshold = SpfSettings.DefaultLookupWarningThreshold;
    private string _lockFile = SpfSettings.DefaultLockFile;
    private readonly List<SpfSender> _senders = new();

    public SpfSettingsReader(SourceText source, DiagnosticBag bag, string? folder)
    {
        _source = source;
        _bag = bag;
        _folder = folder;
    }

    public SpfSettings Build() => new(_threshold, _lockFile, LockFilePath(), _senders.ToArray());

    public void Read(JsonNode value)
    {
        if (value is not JsonObject spf)
        {
            Report(value, $"\"spf\" must be an object, such as {{ \"lookupWarningThreshold\": 8, \"senders\": {{ \"example.com\": [\"192.0.2.25\"] }} }}, not {Shown(value)}");
            return;
        }
        foreach (var member in spf.Members)
        {
            switch (member.Name)
            {
                case "lookupWarningThreshold": ReadThreshold(member.Value); break;
                case "senders": ReadSenders(member.Value); break;
                case "lockFile": ReadLockFile(member.Value); break;
                default:
                    string? suggestion = ConfigurationLoader.Suggest(member.Name, Keys);
                    Report(member.NameStart, member.NameEnd,
                        $"unknown setting \"{member.Name}\" in \"spf\"{(suggestion == null ? "" : $" (did you mean \"{suggestion}\"?)")}; " +
                        "the settings are \"lookupWarningThreshold\", \"senders\" and \"lockFile\"");
                    break;
            }
        }
    }

    private void ReadThreshold(JsonNode value)
    {
        if (value is JsonNumber number && decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal n)
            && n == decimal.Truncate(n) && n >= 1 && n <= 10)
        {
            _threshold = (int)n;
            return;
        }
        Report(value, $"\"lookupWarningThreshold\" must be a whole number from 1 to 10 (ZL3006 warns from that many DNS lookups on), not {Shown(value)}");
    }

    private void ReadLockFile(JsonNode value)
    {
        if (value is not JsonString text || text.Value.Trim().Length == 0)
        {
            Report(value, $"\"lockFile\" must be a file path in a string, relative to the folder of zonelint.json (such as \"{SpfSettings.DefaultLockFile}\"), not {Shown(value)}");
            return;
        }
        _lockFile = text.Value.Replace('\\', '/');
        try
        {
            LockFilePath();
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(text, $"\"lockFile\" is not a usable path: {e.Message}");
            _lockFile = SpfSettings.DefaultLockFile;
        }
    }

    private string? LockFilePath() => _folder == null ? null : Path.GetFullPath(Path.Combine(_folder, _lockFile));

    private void ReadSenders(JsonNode value)
    {
        if (value is not JsonObject senders)
        {
            Report(value, $"\"senders\" must be an object that maps each domain to its senders, such as {{ \"example.com\": [\"192.0.2.25\", \"include:_spf.google.com\"] }}, not {Shown(value)}");
            return;
        }
        var seen = new Dictionary<DomainName, JsonMember>();
        foreach (var member in senders.Members)
        {
            string? reason = ParseDomain(member.Name, out var domain);
            if (reason != null)
            {
                Report(member.NameStart, member.NameEnd, $"\"{member.Name}\" in \"senders\" is not a domain name: {reason}");
                continue;
            }
            if (seen.TryGetValue(domain!, out var first))
            {
                Report(member.NameStart, member.NameEnd, $"{domain} is in \"senders\" twice (first as \"{first.Name}\" on line {_source.Position(first.NameStart).Line}): merge the lists");
                continue;
            }
            seen.Add(domain!, member);
            if (member.Value is not JsonArray list)
            {
                Report(member.Value, $"the senders of {domain} must be an array of strings, such as [\"192.0.2.25\", \"include:_spf.google.com\"], not {Shown(member.Value)}");
                continue;
            }
            foreach (var item in list.Items)
            {
                if (item is not JsonString text)
                {
                    Report(item, $"a sender of {domain} must be a string (an IP address or include:domain), not {Shown(item)}");
                    continue;
                }
                var sender = SpfSender.TryParse(domain!, text.Value, out string? error);
                if (sender == null) Report(text, $"\"{text.Value}\" (a sender of {domain}) is not valid: {error}");
                else _senders.Add(sender);
            }
        }
    }

    /// <summary>As for "origins": always absolute, ASCII only.</summary>
    private static string? ParseDomain(string text, out DomainName? domain)
    {
        domain = null;
        if (text.Length == 0) return "it is empty";
        foreach (char c in text)
        {
            if (c <= ' ' || c >= '\u007F') return $"it contains '{c}' (write internationalised names in their xn-- form)";
        }
        return DomainName.TryParse(text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".", DomainName.Root, out domain);
    }

    private void Report(JsonNode node, string message) => Report(node.Start, node.End, message);

    private void Report(int start, int end, string message) => _bag.Report(RuleCatalog.InvalidConfiguration, _source.Span(start, end), message);

    private string Shown(JsonNode node)
    {
        if (node is JsonObject or JsonArray) return node.KindName;
        string written = _source.Text.Substring(node.Start, node.End - node.Start);
        return written.Length <= 40 && written.IndexOf('\n') < 0 ? written : node.KindName;
    }
}
