using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Core.Spf.Flattening;

/// <summary>An include replaced by the networks it authorises today, or kept, with why.</summary>
public sealed record FlattenedInclude(string Term, int Lookups, IReadOnlyList<string> Networks, string? Refusal)
{
    public bool IsFlattened => Refusal == null;
}

/// <summary>What <see cref="SpfFlattener.Flatten"/> proposes for one domain.</summary>
public sealed class FlattenProposal
{
    internal FlattenProposal(LookupTree tree, int limit, IReadOnlyList<string> terms, int lookups, IReadOnlyList<FlattenedInclude> includes)
    {
        Tree = tree;
        Limit = limit;
        Terms = terms;
        Lookups = lookups;
        Includes = includes;
    }

    /// <summary>The record as it is, with its lookup count.</summary>
    public LookupTree Tree { get; }

    /// <summary>The most lookups the proposal may use.</summary>
    public int Limit { get; }

    /// <summary>The proposed record's terms, `v=spf1` first.</summary>
    public IReadOnlyList<string> Terms { get; }

    public string Text => string.Join(" ", Terms);

    /// <summary>The proposed record's lookups (a lower bound when the original's was).</summary>
    public int Lookups { get; }

    /// <summary>Each top-level include considered, costliest first: flattened, or kept with the reason.</summary>
    public IReadOnlyList<FlattenedInclude> Includes { get; }

    /// <summary>The record is over the limit, and valid SPF: an invalid one is corrected first (zonelint check).</summary>
    public bool IsNeeded => Tree.Lookups > Limit && Tree.Root.Record is { IsValid: true };

    public bool IsUnderLimit => Lookups <= Limit;
}

/// <summary>
/// Proposes an SPF record under the lookup limit (RFC 7208 §4.6.4) by replacing the costliest includes with the ip4
/// and ip6 networks they authorise now. Only what is certain is flattened: an include whose result depends on the
/// sender (exists, ptr, macros), on a qualifier other than pass, or on data the resolver does not have is kept.
/// </summary>
public static class SpfFlattener
{
    public static FlattenProposal Flatten(DomainName domain, ISpfResolver resolver, int limit = LookupTree.MaxLookups)
    {
        var tree = new LookupAccountant(resolver).Account(domain);
        var root = tree.Root;
        var original = root.Record?.Terms.Select(t => t.Text).Prepend("v=spf1").ToList() ?? new List<string>();
        var considered = new List<FlattenedInclude>();
        int lookups = tree.Lookups;
        if (root.Record is not { IsValid: true } || lookups <= limit) return new FlattenProposal(tree, limit, original, lookups, considered);

        var replacements = new Dictionary<LookupNode, FlattenedInclude>();
        foreach (var node in root.Children.Where(IsTopLevelInclude).OrderByDescending(n => n.Subtotal))
        {
            if (lookups <= limit) break;
            var networks = new List<string>();
            string? refusal = Collect(node, resolver, networks, new HashSet<LookupNode>());
            var include = new FlattenedInclude(node.Term!.Text, node.Subtotal, networks.Distinct(StringComparer.Ordinal).ToList(), refusal);
            considered.Add(include);
            if (!include.IsFlattened) continue;
            replacements[node] = include;
            lookups -= node.Subtotal;
        }

        var proposed = new List<string> { "v=spf1" };
        foreach (var child in root.Children)
        {
            if (replacements.TryGetValue(child, out var include)) proposed.AddRange(include.Networks.Where(n => !proposed.Contains(n)));
            else proposed.Add(child.Term!.Text);
        }
        return new FlattenProposal(tree, limit, proposed, lookups, considered);
    }

    private static bool IsTopLevelInclude(LookupNode node) =>
        node.Evaluated && node.Term is SpfMechanism { Kind: SpfMechanismKind.Include };

    /// <summary>Adds the networks an include (or redirect) authorises to <paramref name="networks"/>; returns why it cannot be flattened, or null.</summary>
    private static string? Collect(LookupNode node, ISpfResolver resolver, List<string> networks, HashSet<LookupNode> path)
    {
        if (node.Status != LookupStatus.Ok || node.Record == null)
            return $"{Describe(node)}: {node.Detail ?? "no data"} (record it with `zonelint spf lock`, or use --online)";
        if (!path.Add(node)) return $"{Describe(node)} loops";
        try
        {
            foreach (var child in node.Children)
            {
                if (!child.Evaluated) continue;
                string? refusal = child.Term switch
                {
                    SpfMechanism { Kind: SpfMechanismKind.All, Qualifier: SpfQualifier.Pass } => $"{Describe(node)} ends in +all, which matches every sender",
                    SpfMechanism { Kind: SpfMechanismKind.All } => null, // inside an include, a failing all is no match (§5.2)
                    SpfMechanism { Qualifier: not SpfQualifier.Pass } m => $"{Describe(node)} has '{m.Text}', whose order against the other terms a list of networks cannot keep",
                    SpfMechanism { Kind: SpfMechanismKind.Ip4 or SpfMechanismKind.Ip6 } m => Add(networks, m.Network!, m.Kind == SpfMechanismKind.Ip4 ? m.Ip4Prefix : m.Ip6Prefix),
                    SpfMechanism { Kind: SpfMechanismKind.Include } => Collect(child, resolver, networks, path),
                    SpfMechanism { Kind: SpfMechanismKind.A } m => Addresses(m, resolver, networks, new[] { child.Domain }),
                    SpfMechanism { Kind: SpfMechanismKind.Mx } m => Addresses(m, resolver, networks, MxNames(child, resolver)),
                    SpfMechanism m => $"{Describe(node)} has '{m.Text}', which depends on the sender",
                    SpfModifier { IsRedirect: true } => Collect(child, resolver, networks, path),
                    _ => null, // exp= and unknown modifiers do not change which hosts pass
                };
                if (refusal != null) return refusal;
            }
            return null;
        }
        finally
        {
            path.Remove(node);
        }
    }

    private static string Describe(LookupNode node) => node.Term?.Text ?? node.Domain?.ToString() ?? "the record";

    private static IReadOnlyList<DomainName?> MxNames(LookupNode node, ISpfResolver resolver)
    {
        if (node.Domain == null) return new DomainName?[] { null };
        var answer = resolver.Query(node.Domain, RRType.MX);
        if (answer.Status is not (DnsStatus.NoError or DnsStatus.NxDomain)) return new DomainName?[] { null };
        return answer.Records.Where(r => r.Type == RRType.MX).Select(DnsWire.TargetName).ToList();
    }

    private static string? Addresses(SpfMechanism mechanism, ISpfResolver resolver, List<string> networks, IReadOnlyList<DomainName?> hosts)
    {
        foreach (var host in hosts)
        {
            if (host == null) return $"'{mechanism.Text}' cannot be resolved now (a macro hides its name, or there is no data)";
            foreach (var (type, prefix) in new[] { (RRType.A, mechanism.Ip4Prefix), (RRType.AAAA, mechanism.Ip6Prefix) })
            {
                var answer = resolver.Query(host, type);
                if (answer.Status is not (DnsStatus.NoError or DnsStatus.NxDomain))
                    return $"'{mechanism.Text}': no answer for {host} {RRType.ToName(type)} ({answer.Error ?? "no data"})";
                foreach (var address in answer.Records.Select(DnsWire.Address).OfType<IPAddress>()) Add(networks, address, prefix);
            }
        }
        return null;
    }

    /// <summary>Adds `ip4:192.0.2.0/24`, or `ip4:192.0.2.1` for one host, host bits cleared as RFC 7208 §5.6 compares.</summary>
    private static string? Add(List<string> networks, IPAddress address, int? prefix)
    {
        byte[] bytes = address.GetAddressBytes();
        int bits = bytes.Length * 8;
        int length = prefix ?? bits;
        for (int i = 0; i < bytes.Length; i++)
        {
            int keep = Math.Max(0, Math.Min(8, length - i * 8));
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        networks.Add((bytes.Length == 4 ? "ip4:" : "ip6:") + new IPAddress(bytes) + (length == bits ? "" : "/" + length));
        return null;
    }
}
