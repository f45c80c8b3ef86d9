using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>The mechanisms of RFC 7208 §5: does the client match this term?</summary>
internal sealed partial class SpfEvaluation
{
    private bool IsIPv6 => _ip.AddressFamily == AddressFamily.InterNetworkV6;

    private ushort AddressType => IsIPv6 ? RRType.AAAA : RRType.A;

    private bool Matches(SpfMechanism mechanism, DomainName domain, int depth)
    {
        if (mechanism.CostsLookup) CountLookup(domain, depth, mechanism.Text);
        bool match = mechanism.Kind switch
        {
            SpfMechanismKind.All => true,
            SpfMechanismKind.Ip4 or SpfMechanismKind.Ip6 => MatchesNetwork(mechanism),
            SpfMechanismKind.Include => MatchesInclude(mechanism, domain, depth),
            _ => MatchesByName(mechanism, domain, depth),
        };
        if (!match && mechanism.Kind != SpfMechanismKind.Include) Trace(depth, domain, mechanism.Text, "no match");
        return match;
    }

    /// <summary>§5.6: ip4 and ip6 match clients of their own family only.</summary>
    private bool MatchesNetwork(SpfMechanism mechanism)
    {
        if (mechanism.Network == null || mechanism.Network.AddressFamily != _ip.AddressFamily) return false;
        int? prefix = IsIPv6 ? mechanism.Ip6Prefix : mechanism.Ip4Prefix;
        return SameNetwork(_ip, mechanism.Network, prefix ?? (IsIPv6 ? 128 : 32));
    }

    /// <summary>§5.2: pass matches; fail, softfail and neutral do not; none is permerror; errors pass through.</summary>
    private bool MatchesInclude(SpfMechanism mechanism, DomainName domain, int depth)
    {
        var target = Target(mechanism.DomainSpec, domain, out string? invalid);
        if (target == null) throw Abort(SpfResultCode.PermError, domain, depth, mechanism.Text, $"the include target is invalid: {invalid}");
        var result = CheckHost(target, depth + 1, explain: false);
        if (result.Code == SpfResultCode.None)
            throw Abort(SpfResultCode.PermError, domain, depth, mechanism.Text, $"the include target {SpfNames.ToText(target)} has no SPF record: {result.Reason}");
        if (result.Code != SpfResultCode.Pass) Trace(depth, domain, mechanism.Text, "no match: the included record gave " + result.Code.ToRfcName());
        return result.Code == SpfResultCode.Pass;
    }

    /// <summary>a, mx, ptr and exists: a target name, then lookups. A target no query can carry matches nothing.</summary>
    private bool MatchesByName(SpfMechanism mechanism, DomainName domain, int depth)
    {
        var target = Target(mechanism.DomainSpec, domain, out string? invalid);
        if (target == null)
        {
            // RFC 7208 leaves this open (the suite accepts fail or permerror); like §4.3 we treat the name as absent.
            Trace(depth, domain, mechanism.Text, "target treated as non-existent: " + invalid);
            return false;
        }
        return mechanism.Kind switch
        {
            SpfMechanismKind.A => MatchesA(mechanism, target, domain, depth),
            SpfMechanismKind.Mx => MatchesMx(mechanism, target, domain, depth),
            SpfMechanismKind.Ptr => MatchesPtr(target, domain, depth, mechanism.Text),
            _ => MatchesExists(mechanism, target, domain, depth),
        };
    }

    /// <summary>§5.3: A for an IPv4 client, AAAA for IPv6, with the prefix of the client's family.</summary>
    private bool MatchesA(SpfMechanism mechanism, DomainName target, DomainName domain, int depth)
    {
        var answer = _resolver.Query(target, AddressType);
        ThrowOnDnsError(answer, target, depth, mechanism.Text, RRType.ToName(AddressType));
        CountVoid(answer, domain, depth, mechanism.Text);
        return AnyAddressMatches(answer, PrefixFor(mechanism));
    }

    /// <summary>§5.4: the MX hosts' addresses; more than 10 MX names is permerror (§4.6.4), whatever their order.</summary>
    private bool MatchesMx(SpfMechanism mechanism, DomainName target, DomainName domain, int depth)
    {
        var answer = _resolver.Query(target, RRType.MX);
        ThrowOnDnsError(answer, target, depth, mechanism.Text, "MX");
        CountVoid(answer, domain, depth, mechanism.Text);
        var exchanges = answer.Records.Where(r => r.Type == RRType.MX).Select(DnsWire.TargetName).ToList();
        if (exchanges.Count > _options.NamesPerLookupLimit)
        {
            throw Abort(SpfResultCode.PermError, domain, depth, mechanism.Text,
                $"{SpfNames.ToText(target)} has {exchanges.Count} MX records; an mx term may look up at most {_options.NamesPerLookupLimit} (RFC 7208 §4.6.4)");
        }
        int prefix = PrefixFor(mechanism);
        foreach (var exchange in exchanges)
        {
            if (exchange == null || exchange.IsRoot) continue; // RFC 7505 null MX: no host to match
            var addresses = _resolver.Query(exchange, AddressType);
            ThrowOnDnsError(addresses, exchange, depth, mechanism.Text, RRType.ToName(AddressType));
            if (AnyAddressMatches(addresses, prefix)) return true;
        }
        return false;
    }

    /// <summary>§5.5: a validated name of the client that is the target or below it.</summary>
    private bool MatchesPtr(DomainName target, DomainName domain, int depth, string term)
    {
        var answer = _resolver.Query(SpfNames.ReverseName(_ip), RRType.PTR);
        if (answer.Status is not (DnsStatus.NoError or DnsStatus.NxDomain)) return false; // §5.5: a DNS error is no match
        CountVoid(answer, domain, depth, term);
        return PtrNames(answer).Where(n => n.IsSubdomainOf(target)).Any(IsValidated);
    }

    /// <summary>§5.7: any A record, whatever the client's family.</summary>
    private bool MatchesExists(SpfMechanism mechanism, DomainName target, DomainName domain, int depth)
    {
        var answer = _resolver.Query(target, RRType.A);
        ThrowOnDnsError(answer, target, depth, mechanism.Text, "A");
        CountVoid(answer, domain, depth, mechanism.Text);
        return answer.Records.Any(r => r.Type == RRType.A);
    }

    /// <summary>§4.6.4: only the first 10 PTR names are looked at; the rest are ignored.</summary>
    private IEnumerable<DomainName> PtrNames(DnsAnswer answer) =>
        answer.Records.Where(r => r.Type == RRType.PTR).Take(_options.NamesPerLookupLimit)
            .Select(DnsWire.TargetName).Where(n => n != null).Select(n => n!);

    /// <summary>§5.5: a name is validated when one of its addresses is the client's; a DNS error skips the name.</summary>
    private bool IsValidated(DomainName name)
    {
        var answer = _resolver.Query(name, AddressType);
        return answer.Status == DnsStatus.NoError && AnyAddressMatches(answer, IsIPv6 ? 128 : 32);
    }

    /// <summary>
    /// `%{p}` (§7.3): the current domain if it is a validated name, else a validated subdomain of it, else any
    /// validated name, else "unknown". Its lookups count toward no limit.
    /// </summary>
    private string ValidatedName(DomainName domain)
    {
        var answer = _resolver.Query(SpfNames.ReverseName(_ip), RRType.PTR);
        if (answer.Status != DnsStatus.NoError) return "unknown";
        var names = PtrNames(answer).ToList();
        var ordered = names.Where(n => n == domain)
            .Concat(names.Where(n => n != domain && n.IsSubdomainOf(domain)))
            .Concat(names.Where(n => !n.IsSubdomainOf(domain)));
        var validated = ordered.FirstOrDefault(IsValidated);
        return validated == null ? "unknown" : SpfNames.ToText(validated);
    }

    private int PrefixFor(SpfMechanism mechanism) => IsIPv6 ? mechanism.Ip6Prefix ?? 128 : mechanism.Ip4Prefix ?? 32;

    private bool AnyAddressMatches(DnsAnswer answer, int prefix) =>
        answer.Records.Select(DnsWire.Address).Any(a => a != null && SameNetwork(_ip, a, prefix));

    /// <summary>True when the first <paramref name="prefix"/> bits of both addresses (of one family) are equal.</summary>
    internal static bool SameNetwork(IPAddress a, IPAddress b, int prefix)
    {
        if (a.AddressFamily != b.AddressFamily) return false;
        var x = a.GetAddressBytes();
        var y = b.GetAddressBytes();
        for (int bit = 0; bit < prefix && bit < x.Length * 8; bit += 8)
        {
            int bits = System.Math.Min(8, prefix - bit);
            int mask = (0xFF << (8 - bits)) & 0xFF;
            if ((x[bit / 8] & mask) != (y[bit / 8] & mask)) return false;
        }
        return true;
    }
}
