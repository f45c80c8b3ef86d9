using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using ZoneLint.Cli.Dns;
using ZoneLint.Cli.Output;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Cli;

/// <summary>
/// `zonelint spf eval`: RFC 7208 check_host() for one client address and identity, over the given zones and, unless
/// `--offline`, live DNS for every name outside them. The result is the answer, not a finding: exit 0 whatever it
/// is (fail and permerror included); 2 when the tool cannot run (bad arguments, an unreadable zone file).
/// </summary>
public static class SpfEvalCommand
{
    public static readonly string[] Options = { "--ip=", "--sender=", "--helo=", "--domain=", "--zone=", "--offline", "--format=" };

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr) => Run(line, line.All("--zone"), stdout, stderr);

    private static int Run(CommandLine line, IReadOnlyList<string> zoneOptions, TextWriter stdout, TextWriter stderr)
    {
        var request = SpfEvalRequest.From(line, zoneOptions);
        var zones = request.ZoneFiles.Select(path => ZoneFiles.Load(path, "--zone")).ToList();
        foreach (var d in zones.SelectMany(z => z.Diagnostics))
        {
            var s = d.Span;
            stderr.WriteLine(TextReporter.Sanitize($"{DisplayPath.Of(s.File)}({s.StartLine},{s.StartColumn}): {d.Severity.ToName()} {d.Id}: {d.Message}"));
        }

        var evaluator = new SpfEvaluator(CreateResolver(zones, line.Has("--offline")));
        var result = evaluator.CheckHost(request.Ip, request.Domain, request.Sender, request.Helo);
        if (request.Json) WriteJson(result, stdout);
        else WriteText(request, result, stdout);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The DNS that `spf eval` sees: with <paramref name="offline"/> the zones and nothing else (any other name does
    /// not exist); otherwise the zones first, then live DNS (<paramref name="online"/>, by default the system's
    /// resolvers through <see cref="DnsClientResolver"/>) for names outside them.
    /// </summary>
    public static ISpfResolver CreateResolver(IReadOnlyList<ZoneParseResult> zones, bool offline, ISpfResolver? online = null)
    {
        var fromZones = new ZoneResolver(zones);
        if (offline) return new ClosedWorldResolver(fromZones);
        return new ChainResolver(fromZones, online ?? new DnsClientResolver());
    }

    private static void WriteJson(SpfResult result, TextWriter stdout) => JsonReporter.Write(stdout, json =>
    {
        json.WriteStartObject();
        json.WriteString("result", result.Code.ToRfcName());
        if (result.Code == SpfResultCode.Fail && result.Explanation != null) json.WriteString("explanation", result.Explanation);
        json.WriteNumber("lookups", result.Lookups);
        json.WriteEndObject();
    });

    private static void WriteText(SpfEvalRequest request, SpfResult result, TextWriter stdout)
    {
        var lines = new List<string>
        {
            "result: " + result.Code.ToRfcName(),
            $"checked: {request.Ip} for {request.Sender}{(request.IsHeloIdentity ? " (HELO identity)" : "")} at {request.Domain}",
        };
        if (result.MatchedTerm != null) lines.Add($"matched: {result.MatchedTerm.Text} in {SpfNames.ToText(result.MatchedDomain!)}");
        else if (result.Code is SpfResultCode.Neutral) lines.Add("matched: no term (the default result is neutral)");
        if (result.Explanation != null) lines.Add("explanation: " + result.Explanation);
        if (result.Reason != null) lines.Add("reason: " + result.Reason);
        lines.Add($"lookups: {result.Lookups} of 10, void lookups: {result.VoidLookups} of 2");
        if (result.Trace.Count > 0)
        {
            lines.Add("trace:");
            lines.AddRange(result.Trace.Select(t => "  " + t));
        }
        foreach (var l in lines) stdout.WriteLine(TextReporter.Sanitize(l));
    }
}

/// <summary>What `spf eval` was asked, checked: the client, the identity (RFC 7208 §2.3, §2.4), the zone files.</summary>
internal sealed record SpfEvalRequest(
    IPAddress Ip, string Sender, string Domain, string? Helo, bool IsHeloIdentity, IReadOnlyList<string> ZoneFiles, bool Json)
{
    public static SpfEvalRequest From(CommandLine line, IReadOnlyList<string> zoneOptions)
    {
        string format = line.Value("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"unknown format '{format}'; spf eval writes text or json");
        string ipText = line.Value("--ip") ?? throw new UsageException("spf eval needs --ip, the address of the client that sends the mail");
        // IPAddress also reads shorthand such as "10" (0.0.0.10); an IPv4 address here is four dotted numbers.
        bool shorthand = !ipText.Contains(':') && ipText.Split('.').Length != 4;
        if (shorthand || !IPAddress.TryParse(ipText, out var ip) || ipText.Contains('%'))
            throw new UsageException($"invalid --ip '{ipText}': not an IPv4 or IPv6 address");

        string? helo = line.Value("--helo");
        string? sender = line.Value("--sender");
        if (string.IsNullOrEmpty(sender) && string.IsNullOrEmpty(helo))
            throw new UsageException("spf eval needs --sender (the MAIL FROM address) or --helo (the name the client gave in HELO)");
        bool heloIdentity = string.IsNullOrEmpty(sender);
        // §2.4: with no MAIL FROM the HELO identity is checked, as postmaster@HELO.
        string identity = heloIdentity ? "postmaster@" + helo : sender!;
        string domain = line.Value("--domain") ?? identity.Substring(identity.LastIndexOf('@') + 1);
        if (domain.Length == 0) throw new UsageException($"--sender '{sender}' has no domain after '@'; give --domain");

        var files = zoneOptions.Concat(line.Arguments).ToList();
        if (files.Count == 0) throw new UsageException("spf eval needs at least one --zone FILE");
        return new SpfEvalRequest(ip, identity, domain, helo, heloIdentity, files, format == "json");
    }
}
