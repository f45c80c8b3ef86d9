using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;
using ZoneLint.Core.Spf.Evaluation;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>
/// ZL3017: a sender declared in zonelint.json ("spf": { "senders" }) would not get `pass` from check_host() for its
/// domain. An IP is evaluated as it is. A provider's include is evaluated with one IPv4 and one IPv6 address taken
/// from the provider's own networks; when the provider's data is not known (offline, not in the lock file), the
/// domain's record must at least include it with a pass qualifier before `all`. A result that is only temperror
/// because data is missing is not reported: ZL3020 already says the count is incomplete.
/// </summary>
public sealed class SenderNotAuthorisedRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.SpfSenderNotAuthorised;

    public override void Analyze(ZoneContext context)
    {
        if (context.Settings.SpfSenders.Count == 0) return;
        var lookups = SpfZoneLookups.For(context);
        foreach (var sender in context.Settings.SpfSenders)
        {
            var domain = sender.Domain;
            if (!domain.IsSubdomainOf(context.Apex) || (domain != context.Apex && context.RecordsAt(domain).Count == 0)) continue;
            var span = SpanFor(context, lookups, domain);
            if (span == null) continue;
            string? problem = sender.Address != null ? CheckAddress(lookups, domain, sender.Address) : CheckInclude(lookups, domain, sender.Include!);
            if (problem != null)
                context.Report(Descriptor, span.Value, $"{sender.Text}, declared in zonelint.json as a sender of {domain}, {problem}");
        }
    }

    private static string? CheckAddress(SpfZoneLookups lookups, DomainName domain, IPAddress address)
    {
        var (result, missingData) = Evaluate(lookups, domain, address);
        if (result.Code == SpfResultCode.Pass || (result.Code == SpfResultCode.TempError && missingData)) return null;
        string network = address.AddressFamily == AddressFamily.InterNetworkV6 ? "ip6:" + address : "ip4:" + address;
        return $"would get {Describe(result)}, not pass; add {network} to the record (or the include that lists its servers), or correct the declaration";
    }

    private static string? CheckInclude(SpfZoneLookups lookups, DomainName domain, DomainName provider)
    {
        var samples = SampleAddresses(lookups.Accountant.Account(provider));
        string add = $"add include:{SpfNames.ToText(provider)} to the record before its all, or correct the declaration";
        if (samples.Count == 0)
        {
            var root = lookups.RootAt(domain)?.Tree ?? lookups.Accountant.Account(domain);
            if (IncludesWithPass(root, provider)) return null;
            return $"is not included by the record of {domain} (and {provider} is not in the zones or the lock file, so its addresses cannot be tried); {add}";
        }
        foreach (var (address, from) in samples)
        {
            var (result, missingData) = Evaluate(lookups, domain, address);
            if (result.Code == SpfResultCode.Pass || (result.Code == SpfResultCode.TempError && missingData)) continue;
            return $"would not pass: {address} (from {from}) gets {Describe(result)}; {add}";
        }
        return null;
    }

    private static (SpfResult Result, bool MissingData) Evaluate(SpfZoneLookups lookups, DomainName domain, IPAddress address)
    {
        var recorder = new UnknownRecorder(lookups.Resolver);
        var result = new SpfEvaluator(recorder).CheckHost(address, domain, "postmaster@" + SpfNames.ToText(domain), SpfNames.ToText(domain));
        return (result, recorder.SawUnknown);
    }

    private static string Describe(SpfResult result)
    {
        string code = result.Code.ToRfcName();
        if (result.MatchedTerm != null) return $"{code} (it matches {result.MatchedTerm.Text})";
        return result.Reason != null ? $"{code} ({result.Reason})" : $"{code} (no term matches it)";
    }

    /// <summary>The first pass-qualified ip4 and ip6 networks the provider's tree reaches through pass-qualified includes.</summary>
    private static List<(IPAddress Address, string From)> SampleAddresses(LookupTree tree)
    {
        var samples = new List<(IPAddress, string)>();
        bool v4 = false, v6 = false;
        foreach (var path in tree.Walk(n => n.Term is SpfMechanism { Qualifier: SpfQualifier.Pass, Network: not null }))
        {
            var term = (SpfMechanism)path[path.Count - 1].Term!;
            var network = term.Network!;
            if (!Reaches(path)) continue;
            bool isV6 = network.AddressFamily == AddressFamily.InterNetworkV6;
            if (isV6 ? v6 : v4) continue;
            if (isV6) v6 = true;
            else v4 = true;
            var owner = path.Count > 1 ? path[path.Count - 2].Domain : tree.Domain;
            samples.Add((network, $"{term.Text} in {owner}"));
            if (v4 && v6) break;
        }
        return samples;
    }

    /// <summary>True when the record reaches `include:provider` (through pass-qualified includes and redirects) before all.</summary>
    private static bool IncludesWithPass(LookupTree tree, DomainName provider) =>
        tree.Walk(n => n.FollowsRecord && n.Domain == provider).Any(Reaches);

    /// <summary>Every term on the path is evaluated, and every include on it has the pass qualifier.</summary>
    private static bool Reaches(IReadOnlyList<LookupNode> path) =>
        path.Skip(1).All(n => n.Evaluated && n.Term is not SpfMechanism { Kind: SpfMechanismKind.Include, Qualifier: not SpfQualifier.Pass });

    /// <summary>The domain's SPF record, else its first record, else the SOA.</summary>
    private static SourceSpan? SpanFor(ZoneContext context, SpfZoneLookups lookups, DomainName domain)
    {
        if (lookups.RootAt(domain) is { } root) return root.Span;
        var records = context.RecordsAt(domain);
        if (records.Count > 0) return records[0].OwnerSpan;
        return context.Records.FirstOrDefault(r => r.Type == RRType.SOA)?.Span ?? context.Records.FirstOrDefault()?.Span;
    }

    /// <summary>Notes whether any answer was Unknown, so a temperror from missing data is told apart from a real one.</summary>
    private sealed class UnknownRecorder(ISpfResolver inner) : ISpfResolver
    {
        public bool SawUnknown { get; private set; }

        public DnsAnswer Query(DomainName name, ushort type)
        {
            var answer = inner.Query(name, type);
            SawUnknown |= answer.Status == DnsStatus.Unknown;
            return answer;
        }
    }
}
