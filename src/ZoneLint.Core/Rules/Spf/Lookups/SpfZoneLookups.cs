using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Spf.Lookups;

/// <summary>One SPF record of the zone being checked, with its lookup tree.</summary>
internal sealed record SpfRoot(ResourceRecord Record, SpfRecord Spf, LookupTree Tree, SourceSpan Span);

/// <summary>A node the rule blames, the path to it, and where in this zone the finding goes.</summary>
internal sealed record Blame(SpfRoot Root, IReadOnlyList<LookupNode> Path, SourceSpan Span)
{
    public LookupNode Node => Path[Path.Count - 1];

    /// <summary>True when the blamed term is written in this zone (not reached through another zone, a lock file or DNS).</summary>
    public bool IsDirect { get; init; }

    /// <summary>The terms from the reported one down to the blamed one: `include:a.example -> include:b.example`.</summary>
    public string Chain { get; init; } = "";
}

/// <summary>
/// The lookup trees of every SPF record in a zone, built once per check and shared by the lookup rules.
/// Each record that is the only SPF record at its name is a root (two at one name are ZL3004's finding).
/// </summary>
internal sealed class SpfZoneLookups
{
    private static readonly ConditionalWeakTable<ZoneContext, SpfZoneLookups> Cache = new();

    private readonly HashSet<string> _files;
    private List<SpfRoot>? _roots;

    private SpfZoneLookups(ZoneContext context)
    {
        Context = context;
        Resolver = context.Settings.SpfResolver ?? new ZoneResolver(new[] { context.Zone });
        Accountant = new LookupAccountant(Resolver);
        _files = new HashSet<string>(context.Zone.Files.Select(f => f.Path), System.StringComparer.Ordinal);
    }

    public ZoneContext Context { get; }

    public ISpfResolver Resolver { get; }

    public LookupAccountant Accountant { get; }

    public static SpfZoneLookups For(ZoneContext context) => Cache.GetValue(context, c => new SpfZoneLookups(c));

    public IReadOnlyList<SpfRoot> Roots => _roots ??= BuildRoots();

    /// <summary>The SPF TXT record at a name in this zone, when there is exactly one.</summary>
    public SpfRoot? RootAt(DomainName name) => Roots.FirstOrDefault(r => r.Record.Owner == name);

    public bool IsInZone(SpfTerm? term) => term?.Span is { } span && _files.Contains(span.File);

    /// <summary>
    /// Every node of every root's tree that <paramref name="matches"/>, blamed on the nearest term written in this zone
    /// (the node's own term when it is here, else the term of this zone that leads to it). The same node blamed at
    /// the same place through several roots is given once. A tree none of whose nodes has one of
    /// <paramref name="flags"/> (<see cref="LookupNode.SubtreeFlags"/>, which every match must have) is not walked.
    /// </summary>
    public IEnumerable<Blame> Find(int flags, System.Func<LookupNode, bool> matches)
    {
        var seen = new HashSet<(SourceSpan, string)>();
        foreach (var root in Roots)
        {
            if ((root.Tree.Root.SubtreeFlags & flags) == 0) continue;
            foreach (var path in root.Tree.Walk(n => n.Term != null && matches(n)))
            {
                var node = path[path.Count - 1];
                int at = path.Count - 1;
                while (at > 0 && !IsInZone(path[at].Term)) at--;
                var span = at == 0 ? root.Span : path[at].Term!.Span!.Value;
                if (!seen.Add((span, node.Domain?.ToString() + " " + node.Term!.Text))) continue;
                var chain = string.Join(" -> ", path.Skip(System.Math.Max(at, 1)).Select(n => n.Term!.Text));
                yield return new Blame(root, path, span) { IsDirect = at == path.Count - 1, Chain = chain };
            }
        }
    }

    /// <summary>The records a receiver selects (RFC 7208 §4.5, <see cref="SpfRecordSet.Selected"/>), one per name.</summary>
    private List<SpfRoot> BuildRoots()
    {
        var roots = new List<SpfRoot>();
        foreach (var pair in Context.RecordsByOwner)
        {
            if (SpfRecordSets.At(Context, pair.Key) is not { } set) continue;
            if (OnlySelected(set) is not { } candidate) continue; // none, or ZL3004's permerror
            var tree = Accountant.Account(set.Owner, candidate.Parsed!, candidate.Record);
            roots.Add(new SpfRoot(candidate.Record, candidate.Parsed!, tree, candidate.TextSpan));
        }
        return roots;
    }

    /// <summary>The one record of the set a receiver selects, or null when there is none or more than one.</summary>
    private static SpfCandidate? OnlySelected(SpfRecordSet set)
    {
        SpfCandidate? found = null;
        foreach (var candidate in set.Candidates)
        {
            if (!candidate.IsSelected) continue;
            if (found != null) return null;
            found = candidate;
        }
        return found;
    }
}
