using System;
using System.Collections.Generic;
using System.Net;

namespace ZoneLint.Cli.Dns;

/// <summary>How <see cref="DnsClientResolver"/> asks DNS. The defaults suit a linter run against the system's resolver.</summary>
public sealed class DnsClientResolverOptions
{
    /// <summary>The recursive resolvers to ask; null: the system's (/etc/resolv.conf, or the network settings).</summary>
    public IReadOnlyList<IPEndPoint>? NameServers { get; set; }

    /// <summary>How long one try waits for an answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Tries after the first, for a timeout or a transient error.</summary>
    public int Retries { get; set; } = 1;

    /// <summary>The most queries one run sends; past it every new question is a SERVFAIL that says so.</summary>
    public int MaxQueries { get; set; } = 1000;

    /// <summary>
    /// The most time one run spends on DNS, from its first query. Near the end the last queries get shorter tries; past
    /// it every new question is a TIMEOUT that says so, at once. A silent server costs this, not queries × timeouts.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most CNAMEs followed from one question (RFC 1034 §3.6.2 chains; a loop stops here too).</summary>
    public int MaxCnameChain { get; set; } = 8;

    /// <summary>Answers with more records than this are refused (SPF needs a few; a huge RRset is a hostile or broken zone).</summary>
    public int MaxAnswerRecords { get; set; } = 100;

    /// <summary>Responses larger than this are refused, whether over UDP or TCP.</summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024;

    /// <summary>The EDNS(0) UDP payload size offered (RFC 6891); 1232 avoids IP fragmentation (DNS Flag Day 2020). Larger answers come over TCP.</summary>
    public int UdpPayloadSize { get; set; } = 1232;

    /// <summary>Parses `IP` or `IP:PORT` (`[IPv6]:PORT` for IPv6); the port defaults to 53. Null when it is neither.</summary>
    public static IPEndPoint? ParseServer(string text)
    {
        if (text.Contains('%')) return null; // no scoped (link-local) addresses
        if (text.StartsWith('[') || text.Split(':').Length == 2)
            return IPEndPoint.TryParse(text, out var endPoint) && endPoint.Port > 0 ? endPoint : null;
        return IPAddress.TryParse(text, out var address) ? new IPEndPoint(address, 53) : null;
    }
}
