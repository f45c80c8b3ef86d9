using System;
using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>
/// RFC 7208 check_host() over any <see cref="ISpfResolver"/>: the zones being linted, a lock file or live DNS.
/// Synchronous like the resolver; one instance can run any number of checks, one at a time or in parallel.
/// </summary>
public sealed class SpfEvaluator
{
    private readonly ISpfResolver _resolver;
    private readonly SpfEvaluatorOptions _options;

    public SpfEvaluator(ISpfResolver resolver, SpfEvaluatorOptions? options = null)
    {
        _resolver = resolver;
        _options = options ?? new SpfEvaluatorOptions();
    }

    /// <summary>
    /// Checks the MAIL FROM identity, or with a null reverse-path (no or empty <paramref name="mailFrom"/>) the HELO
    /// identity as `postmaster@HELO` (RFC 7208 §2.4, §2.3).
    /// </summary>
    public SpfResult CheckSender(IPAddress ip, string? mailFrom, string? helo)
    {
        string sender = string.IsNullOrEmpty(mailFrom) ? "postmaster@" + helo : mailFrom!;
        string domain = sender.Substring(sender.LastIndexOf('@') + 1);
        return CheckHost(ip, domain, sender, helo);
    }

    /// <summary>
    /// check_host() for a domain as text, as it comes from a sender address or a HELO: a name that is malformed or
    /// not fully qualified gives <see cref="SpfResultCode.None"/> (RFC 7208 §4.3).
    /// </summary>
    public SpfResult CheckHost(IPAddress ip, string domain, string sender, string? helo)
    {
        string text = domain.EndsWith(".", StringComparison.Ordinal) ? domain.Substring(0, domain.Length - 1) : domain;
        var name = text.Length > SpfNames.MaxTextLength ? null : SpfNames.TryParse(text, out _);
        if (name == null) return None($"'{domain}' is not a valid domain name (RFC 7208 §4.3)");
        return CheckHost(ip, name, sender, helo);
    }

    /// <summary>check_host(&lt;ip&gt;, &lt;domain&gt;, &lt;sender&gt;) of RFC 7208 §4, with &lt;helo&gt; for `%{h}`.</summary>
    public SpfResult CheckHost(IPAddress ip, DomainName domain, string sender, string? helo)
    {
        if (SpfNames.CheckInitialDomain(domain) is { } invalid) return None(invalid + " (RFC 7208 §4.3)");
        // §5: an IPv4-mapped IPv6 client is an IPv4 client, for matching and for macros alike.
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        var run = new SpfEvaluation(_resolver, _options, ip, sender, helo);
        return run.Run(domain);
    }

    private static SpfResult None(string reason) =>
        new(SpfResultCode.None, null, reason, 0, 0, null, null, Array.Empty<SpfTraceEntry>());
}
