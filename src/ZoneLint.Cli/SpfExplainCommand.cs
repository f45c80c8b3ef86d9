using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Cli;

/// <summary>
/// `zonelint spf explain DOMAIN [--zone FILE...] [--online] [--lock FILE] [--server IP] [--format text|json]`: a
/// domain's SPF record, its terms, and what each term costs in DNS lookups through every include and redirect
/// (RFC 7208 §4.6.4), whatever the sender's address. Data comes from the zones, then the lock file, then (with
/// `--online`) live DNS. The answer is information, not a finding: exit 0; 2 when the tool cannot run.
/// </summary>
public static class SpfExplainCommand
{
    public static readonly string[] Options = { "--zone=", "--online", "--lock=", "--server=", "--format=" };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr) => Run(line, line.All("--zone"), stdout, stderr);

    private static int Run(CommandLine line, IReadOnlyList<string> zoneOptions, TextWriter stdout, TextWriter stderr)
    {
        string format = line.Value("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"unknown format '{format}'; spf explain writes text or json");
        if (line.Arguments.Count == 0) throw new UsageException("spf explain needs a DOMAIN, such as `zonelint spf explain example.com --zone example.com.zone`");
        var domain = ParseDomain(line.Arguments[0]);
        var files = zoneOptions.Concat(line.Arguments.Skip(1)).ToList();

        var zones = files.Select(path => ZoneFiles.Load(path, "--zone")).ToList();
        foreach (var d in zones.SelectMany(z => z.Diagnostics).Where(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error))
        {
            var s = d.Span;
            stderr.WriteLine(TextReporter.Sanitize($"{DisplayPath.Of(s.File)}({s.StartLine},{s.StartColumn}): error {d.Id}: {d.Message}"));
        }

        var resolver = CreateResolver(zones, LockPath(line, files), line.Has("--online") ? OnlineResolver(line.Value("--server")) : null);
        var tree = new LookupAccountant(resolver).Account(domain);
        if (format == "json") WriteJson(tree, stdout);
        else SpfExplainText.Write(tree, stdout, ShouldColour(stdout));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The DNS that `spf explain` sees: the zones, then the lock file, then <paramref name="online"/> (live DNS).
    /// Without a lock file and offline, names outside the zones are unknown: their branches are not followed.
    /// </summary>
    public static ISpfResolver CreateResolver(IReadOnlyList<ZoneParseResult> zones, string? lockPath, ISpfResolver? online)
    {
        var chain = new List<ISpfResolver> { new ZoneResolver(zones) };
        if (lockPath != null) chain.Add(new LockFileResolver(SpfLockCommand.ReadLock(lockPath)));
        if (online != null) chain.Add(online);
        return new ChainResolver(chain.ToArray());
    }

    /// <summary>The seam for live DNS: the shared factory of `spf lock` (DnsClient, timeouts, a query cap, a cache).</summary>
    internal static ISpfResolver OnlineResolver(string? server) => SpfLockCommand.CreateOnlineResolver(server);

    /// <summary>
    /// The lock file, found as `spf lock` writes it (docs/lock-file.md): `--lock`; else spf.lockFile of the zonelint.json
    /// that applies to the first zone file; else zonelint.lock.json in that file's folder (the current folder without
    /// zones). Used only when it exists.
    /// </summary>
    internal static string? LockPath(CommandLine line, IReadOnlyList<string> zoneFiles)
    {
        if (line.Value("--lock") is { } explicitPath)
        {
            if (!File.Exists(explicitPath)) throw new UsageException($"cannot read lock file '{explicitPath}': no such file");
            return explicitPath;
        }
        string first = zoneFiles.Count > 0 ? Path.GetFullPath(zoneFiles[0]) : Path.Combine(Directory.GetCurrentDirectory(), "zone");
        string? configuration = ConfigurationLoader.FindFor(first);
        var loaded = configuration == null ? null : ConfigurationLoader.LoadFile(configuration);
        string candidate = loaded is { IsValid: true, Configuration.Spf.LockFilePath: { } configured }
            ? configured
            : Path.Combine(Path.GetDirectoryName(first) ?? ".", SpfSettings.DefaultLockFile);
        return File.Exists(candidate) ? candidate : null;
    }

    internal static DomainName ParseDomain(string text)
    {
        foreach (char c in text)
        {
            if (c <= ' ' || c >= '\u007F')
                throw new UsageException($"invalid DOMAIN '{text}': it contains {(c == ' ' ? "a space" : $"U+{(int)c:X4}")} (write internationalised names in their xn-- form)");
        }
        string absolute = text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
        string? error = DomainName.TryParse(absolute, DomainName.Root, out var domain);
        if (error != null || domain == null || domain.IsRoot) throw new UsageException($"invalid DOMAIN '{text}': {error ?? "the root has no SPF record"}");
        return domain;
    }

    /// <summary>Colour only for a person at a terminal: never into a pipe or a file, never with NO_COLOR set.</summary>
    private static bool ShouldColour(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";

    private static void WriteJson(LookupTree tree, TextWriter stdout) => JsonReporter.Write(stdout, json =>
    {
        var record = tree.Root.Record;
        json.WriteStartObject();
        json.WriteString("domain", tree.Domain.ToString());
        json.WriteString("status", StatusName(tree.Root.Status));
        if (tree.Root.Detail != null) json.WriteString("detail", tree.Root.Detail);
        if (record != null)
        {
            json.WriteString("record", record.Text.Value);
            json.WriteStartArray("terms");
            foreach (var term in record.Terms) json.WriteStringValue(term.Text);
            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in record.Errors) json.WriteStringValue(error.Message);
            json.WriteEndArray();
        }
        json.WriteNumber("lookups", tree.Lookups);
        json.WriteBoolean("lowerBound", tree.IsLowerBound);
        json.WriteNumber("lookupLimit", LookupTree.MaxLookups);
        json.WriteNumber("voidLookups", tree.VoidLookups);
        json.WriteNumber("voidLookupLimit", LookupTree.MaxVoidLookups);
        json.WriteStartArray("tree");
        var shown = new HashSet<object>(ReferenceEqualityComparer.Instance) { tree.Root.Children };
        foreach (var child in tree.Root.Children) WriteNode(json, child, shown);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>One term; a subtree shared with an earlier term is written once, later ones say `"repeat": true`.</summary>
    private static void WriteNode(Utf8JsonWriter json, LookupNode node, HashSet<object> shown)
    {
        json.WriteStartObject();
        json.WriteString("term", node.Term?.Text);
        if (node.Domain != null) json.WriteString("domain", node.Domain.ToString());
        json.WriteNumber("cost", node.OwnCost);
        json.WriteNumber("subtotal", node.Subtotal);
        json.WriteBoolean("lowerBound", node.IsLowerBound);
        json.WriteNumber("voidLookups", node.VoidLookups);
        if (node.IsVoid) json.WriteBoolean("void", true);
        if (node.NameCount is int names) json.WriteNumber("names", names);
        if (!node.Evaluated) json.WriteBoolean("evaluated", false);
        json.WriteString("status", StatusName(node.Status));
        if (node.Detail != null) json.WriteString("detail", node.Detail);
        if (node.Children.Count > 0)
        {
            if (!shown.Add(node.Children)) json.WriteBoolean("repeat", true);
            else
            {
                json.WriteStartArray("children");
                foreach (var child in node.Children) WriteNode(json, child, shown);
                json.WriteEndArray();
            }
        }
        json.WriteEndObject();
    }

    internal static string StatusName(LookupStatus status) => status switch
    {
        LookupStatus.Ok => "ok",
        LookupStatus.Loop => "loop",
        LookupStatus.NoSpf => "no-spf",
        LookupStatus.Unknown => "unknown",
        LookupStatus.Macro => "macro",
        LookupStatus.DnsFailure => "dns-failure",
        _ => "error",
    };
}

/// <summary>The text form of `spf explain`: the record, its terms, the lookup tree, the totals.</summary>
internal static class SpfExplainText
{
    private const string Red = "\u001b[31m", Yellow = "\u001b[33m", Green = "\u001b[32m", Reset = "\u001b[0m";

    public static void Write(LookupTree tree, TextWriter stdout, bool colour)
    {
        var root = tree.Root;
        var record = root.Record;
        var lines = new List<string> { tree.Domain.ToString() };
        if (record == null)
        {
            string detail = root.Detail ?? SpfExplainCommand.StatusName(root.Status);
            lines.Add(root.Status == LookupStatus.NoSpf ? $"  no SPF record: {detail}" : $"  {detail}");
            foreach (var l in lines) stdout.WriteLine(TextReporter.Sanitize(l));
            return;
        }
        lines.Add($"  record  \"{record.Text.Value}\"");
        if (root.Fetched?.ZoneRecord is { } zoneRecord)
            lines.Add($"          {DisplayPath.Of(zoneRecord.Span.File)}({zoneRecord.Span.StartLine},{zoneRecord.Span.StartColumn})");
        int width = record.Terms.Count == 0 ? 0 : Math.Min(40, record.Terms.Max(t => t.Text.Length));
        for (int i = 0; i < record.Terms.Count; i++)
        {
            var term = record.Terms[i];
            lines.Add($"  {(i == 0 ? "terms " : "      ")}  {term.Text.PadRight(width)}  {Meaning(term)}");
        }
        foreach (var error in record.Errors) lines.Add($"  error   {error.Message}");
        lines.Add("");
        lines.Add("lookups (what each term costs, through every include and redirect):");
        lines.AddRange(LookupTreeRenderer.Render(tree).TrimEnd('\n').Split('\n').Select(l => "  " + l));
        lines.Add("");
        foreach (var l in lines) stdout.WriteLine(TextReporter.Sanitize(l));
        var (verdict, tone) = Verdict(tree);
        stdout.WriteLine(colour ? tone + verdict + Reset : verdict);
    }

    private static (string Text, string Tone) Verdict(LookupTree tree)
    {
        string count = $"{LookupTreeRenderer.CountPhrase(tree)} of {LookupTree.MaxLookups}, {tree.VoidLookups} void of {LookupTree.MaxVoidLookups}";
        var problems = new List<string>();
        if (tree.Lookups > LookupTree.MaxLookups) problems.Add("too many DNS lookups (ZL3005)");
        if (tree.VoidLookups > LookupTree.MaxVoidLookups) problems.Add("too many void lookups (ZL3007)");
        var nodes = tree.Nodes().ToList();
        if (nodes.Any(n => n.Status == LookupStatus.Loop)) problems.Add("an include loop (ZL3015)");
        if (nodes.Any(n => n.FollowsRecord && n.Status == LookupStatus.NoSpf)) problems.Add("an include without SPF record (ZL3008)");
        if (nodes.Any(n => n.ExceedsNameLimit)) problems.Add("an mx with more than 10 names (ZL3018)");
        if (tree.Root.Status is LookupStatus.Error or LookupStatus.DnsFailure) problems.Add(tree.Root.Detail ?? "an invalid record");
        string bound = tree.IsLowerBound
            ? "; a lower bound: some includes were not followed (record them with `zonelint spf lock`, or use --online)"
            : "";
        if (problems.Count > 0)
            return ($"total: {count}: {string.Join(", ", problems)}; receivers return permerror when they get that far{bound}", Red);
        if (tree.Lookups >= 8) return ($"total: {count}: within the limits, but nearly spent (ZL3006){bound}", Yellow);
        return ($"total: {count}: within the limits{bound}", tree.IsLowerBound ? Yellow : Green);
    }

    /// <summary>What a term does, in words (RFC 7208 §5, §6).</summary>
    private static string Meaning(SpfTerm term)
    {
        if (term is SpfModifier modifier)
        {
            if (modifier.IsRedirect) return $"if no mechanism matches: the policy of {modifier.Value}";
            if (modifier.IsExp) return $"the explanation for fail, from the TXT record of {modifier.Value}";
            return "unknown modifier: ignored";
        }
        var m = (SpfMechanism)term;
        string result = m.Qualifier switch
        {
            SpfQualifier.Pass => "pass",
            SpfQualifier.Fail => "fail",
            SpfQualifier.SoftFail => "softfail",
            _ => "neutral",
        };
        string domain = m.DomainSpec?.Text ?? "the domain";
        return m.Kind switch
        {
            SpfMechanismKind.All => $"{result} for every sender that gets this far",
            SpfMechanismKind.Include => $"{result} if the record of {domain} passes the sender",
            SpfMechanismKind.A => $"{result} if the sender is an address of {domain}",
            SpfMechanismKind.Mx => $"{result} if the sender is an address of a mail exchanger of {domain}",
            SpfMechanismKind.Ptr => $"{result} if the sender's validated reverse name is under {domain}",
            SpfMechanismKind.Exists => $"{result} if {domain} has an A record",
            SpfMechanismKind.Ip4 => $"{result} if the sender is in {m.Network}/{m.Ip4Prefix ?? 32}",
            _ => $"{result} if the sender is in {m.Network}/{m.Ip6Prefix ?? 128}",
        };
    }
}
