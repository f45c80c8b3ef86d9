using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Spf.Accounting;
using ZoneLint.Core.Spf.Flattening;

namespace ZoneLint.Cli;

/// <summary>
/// `zonelint spf flatten DOMAIN [--zone FILE...] [--online] [--lock FILE] [--server IP] [--max N] [--format text|json]`:
/// for a record over the lookup limit, a record under it with the costliest includes replaced by the networks they
/// publish now, and what that costs in maintenance. It proposes; it changes no file. Exit 0: a record under the limit
/// (or none needed); 1: the includes that can be flattened are not enough; 2: the tool cannot run.
/// </summary>
public static class SpfFlattenCommand
{
    public static readonly string[] Options = { "--zone=", "--online", "--lock=", "--server=", "--max=", "--format=" };

    /// <summary>RFC 1035 §3.3: a character-string holds at most 255 octets.</summary>
    private const int MaxStringOctets = 255;

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        string format = line.Value("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"unknown format '{format}'; spf flatten writes text or json");
        if (line.Arguments.Count == 0) throw new UsageException("spf flatten needs a DOMAIN, such as `zonelint spf flatten example.com --zone example.com.zone`");
        int limit = LookupTree.MaxLookups;
        if (line.Value("--max") is { } max && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > LookupTree.MaxLookups))
            throw new UsageException($"--max must be a number of lookups from 1 to {LookupTree.MaxLookups}, not '{max}'");

        var domain = SpfExplainCommand.ParseDomain(line.Arguments[0]);
        var files = line.All("--zone").Concat(line.Arguments.Skip(1)).ToList();
        var zones = files.Select(path => ZoneFiles.Load(path, "--zone")).ToList();
        string? lockPath = SpfExplainCommand.LockPath(line, files);
        bool online = line.Has("--online");
        var resolver = SpfExplainCommand.CreateResolver(zones, lockPath, online ? SpfExplainCommand.OnlineResolver(line.Value("--server")) : null);

        var proposal = SpfFlattener.Flatten(domain, resolver, limit);
        string source = DataSource(lockPath, online);
        if (format == "json") WriteJson(proposal, source, stdout);
        else WriteText(proposal, source, stdout);
        var record = proposal.Tree.Root.Record;
        return record == null || (record.IsValid && proposal.IsUnderLimit) ? ExitCodes.Success : ExitCodes.Findings;
    }

    /// <summary>The record as zone-file text: one or more quoted strings of at most 255 octets, split between terms.</summary>
    public static IReadOnlyList<string> CharacterStrings(IReadOnlyList<string> terms)
    {
        var strings = new List<string>();
        var current = new StringBuilder();
        foreach (string term in terms)
        {
            // Every term but the first has its space before it, so a new string starts with one: receivers join the
            // strings with nothing between them (RFC 7208 §3.3).
            string piece = strings.Count == 0 && current.Length == 0 ? term : " " + term;
            if (current.Length > 0 && Encoding.UTF8.GetByteCount(current + piece) > MaxStringOctets)
            {
                strings.Add(current.ToString());
                current.Clear();
            }
            current.Append(piece);
        }
        if (current.Length > 0) strings.Add(current.ToString());
        return strings.Select(s => RdataFormatter.FormatCharacterString(Encoding.UTF8.GetBytes(s))).ToList();
    }

    private static void WriteText(FlattenProposal proposal, string source, TextWriter stdout)
    {
        var tree = proposal.Tree;
        string domain = tree.Domain.ToString();
        if (tree.Root.Record == null)
        {
            stdout.WriteLine(TextReporter.Sanitize($"{domain}: no SPF record to flatten ({tree.Root.Detail ?? "none found"})"));
            return;
        }
        string count = LookupTreeRenderer.CountPhrase(tree);
        if (!tree.Root.Record.IsValid)
        {
            stdout.WriteLine(TextReporter.Sanitize($"{domain}: not valid SPF ({tree.Root.Record.Errors[0].Message}); correct it first (zonelint check shows every error)"));
            return;
        }
        if (!proposal.IsNeeded)
        {
            stdout.WriteLine(TextReporter.Sanitize($"{domain}: {count}, within {proposal.Limit}: nothing to flatten. An include costs nothing to keep up to date; a list of networks does."));
            return;
        }

        string over = proposal.Limit == LookupTree.MaxLookups ? $"over the limit of {LookupTree.MaxLookups} (RFC 7208 §4.6.4)" : $"over --max {proposal.Limit}";
        stdout.WriteLine(TextReporter.Sanitize($"{domain}: {count}, {over}."));
        stdout.WriteLine();
        var strings = CharacterStrings(proposal.Terms);
        string lookups = proposal.Lookups == 1 ? "1 DNS lookup" : $"{proposal.Lookups} DNS lookups";
        stdout.WriteLine(proposal.IsUnderLimit
            ? $"Proposed record ({lookups}):"
            : $"The most that can be flattened still leaves {lookups}, {over}:");
        string owner = domain + "  IN TXT ";
        if (strings.Count == 1) stdout.WriteLine(TextReporter.Sanitize(owner + strings[0]));
        else
        {
            stdout.WriteLine(TextReporter.Sanitize(owner + "( " + strings[0]));
            string indent = new(' ', owner.Length + 2);
            for (int i = 1; i < strings.Count; i++) stdout.WriteLine(TextReporter.Sanitize(indent + strings[i] + (i == strings.Count - 1 ? " )" : "")));
        }

        stdout.WriteLine();
        foreach (var include in proposal.Includes)
        {
            string cost = include.Lookups == 1 ? "1 lookup" : $"{include.Lookups} lookups";
            stdout.WriteLine(TextReporter.Sanitize(include.IsFlattened
                ? $"  flattened  {include.Term} ({cost}) -> {FindingCounts.Plural(include.Networks.Count, "network")}"
                : $"  kept       {include.Term} ({cost}): {include.Refusal}"));
        }
        stdout.WriteLine();
        stdout.WriteLine(TextReporter.Sanitize(
            $"What it costs: the networks are a copy of what the flattened includes publish today ({source}). When a " +
            "provider adds or moves a server, mail from it fails SPF until the record is flattened again. Run " +
            "`zonelint spf lock --check` on a schedule to be told when the providers' records change (docs/lock-file.md), " +
            "and flatten again when it reports drift."));
    }

    private static void WriteJson(FlattenProposal proposal, string source, TextWriter stdout) => JsonReporter.Write(stdout, json =>
    {
        json.WriteStartObject();
        json.WriteString("domain", proposal.Tree.Domain.ToString());
        json.WriteNumber("lookups", proposal.Tree.Lookups);
        json.WriteBoolean("lowerBound", proposal.Tree.IsLowerBound);
        json.WriteNumber("limit", proposal.Limit);
        if (proposal.Tree.Root.Record != null)
        {
            json.WriteString("record", proposal.Text);
            json.WriteNumber("proposedLookups", proposal.Lookups);
            json.WriteBoolean("underLimit", proposal.IsUnderLimit);
        }
        json.WriteStartArray("includes");
        foreach (var include in proposal.Includes)
        {
            json.WriteStartObject();
            json.WriteString("term", include.Term);
            json.WriteNumber("lookups", include.Lookups);
            json.WriteBoolean("flattened", include.IsFlattened);
            json.WriteStartArray("networks");
            foreach (string network in include.Networks) json.WriteStringValue(network);
            json.WriteEndArray();
            if (include.Refusal != null) json.WriteString("reason", include.Refusal);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("dataSource", source);
        json.WriteEndObject();
    });

    private static string DataSource(string? lockPath, bool online)
    {
        var parts = new List<string> { "the zones given" };
        if (lockPath != null)
        {
            var fetched = SpfLockCommand.ReadLock(lockPath).Answers.Select(a => a.Fetched).ToList();
            string when = fetched.Count == 0 ? "" : $", fetched {fetched.Min():yyyy-MM-dd}" + (fetched.Max().Date == fetched.Min().Date ? "" : $" to {fetched.Max():yyyy-MM-dd}");
            parts.Add($"the lock file {DisplayPath.Of(lockPath)}{when}");
        }
        if (online) parts.Add("live DNS now");
        return "from " + string.Join(", then ", parts);
    }
}
