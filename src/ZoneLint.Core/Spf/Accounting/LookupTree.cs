using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Accounting;

/// <summary>What became of a term's lookup when the tree was built.</summary>
public enum LookupStatus
{
    /// <summary>Looked up and, for include and redirect, followed.</summary>
    Ok,

    /// <summary>An include or redirect back to a domain already on the path (RFC 7208 §5.2): not followed again.</summary>
    Loop,

    /// <summary>An include or redirect target that publishes no SPF record: permerror (§5.2, §6.1).</summary>
    NoSpf,

    /// <summary>No data for the target (offline, outside the zones and the lock file): not followed, counts are lower bounds.</summary>
    Unknown,

    /// <summary>The target depends on the message (a macro such as %{l} or %{i}): it cannot be known in advance.</summary>
    Macro,

    /// <summary>The target's record is not valid SPF or there are two, or the tree is too deep.</summary>
    Error,

    /// <summary>The DNS lookup failed: a timeout or a server failure (temperror; ZL9002 in online mode).</summary>
    DnsFailure,
}

/// <summary>
/// One node of a lookup tree: the root (a domain and its record) or one term of a record with what it costs.
/// Nodes below an include or redirect are shared by every term that names the same domain, so a tree with
/// shared targets stays as small as the number of distinct domains times their terms.
/// </summary>
public sealed class LookupNode
{
    internal LookupNode(
        SpfTerm? term, DomainName? domain, int ownCost, int subtotal, bool isVoid, int voidLookups,
        LookupStatus status, string? detail, SpfFetched? fetched, IReadOnlyList<LookupNode> children,
        int? nameCount, bool isLowerBound, bool evaluated)
    {
        Term = term;
        Domain = domain;
        OwnCost = ownCost;
        Subtotal = subtotal;
        IsVoid = isVoid;
        VoidLookups = voidLookups;
        Status = status;
        Detail = detail;
        Fetched = fetched;
        Children = children;
        NameCount = nameCount;
        IsLowerBound = isLowerBound;
        Evaluated = evaluated;
        int flags = Flag(status) | (ExceedsNameLimit ? NameLimitFlag : 0);
        for (int i = 0; i < children.Count; i++) flags |= children[i].SubtreeFlags;
        SubtreeFlags = flags;
    }

    /// <summary>The bit of a status in <see cref="SubtreeFlags"/>.</summary>
    internal static int Flag(LookupStatus status) => 1 << (int)status;

    /// <summary>In <see cref="SubtreeFlags"/>: some mx below has more names than <see cref="LookupTree.MaxNames"/>.</summary>
    internal const int NameLimitFlag = 1 << 16;

    /// <summary>
    /// The statuses (<see cref="Flag"/>) met in this node and below, and <see cref="NameLimitFlag"/>: a search for
    /// one of them skips a tree that has none without walking it.
    /// </summary>
    internal int SubtreeFlags { get; }

    /// <summary>The term in its parent's record; null for the root.</summary>
    public SpfTerm? Term { get; }

    /// <summary>
    /// The domain this node is about: the root's domain, or the target of include, redirect, a, mx, ptr and exists
    /// (macros expanded where the value is known); null for terms without one and for targets a macro hides.
    /// </summary>
    public DomainName? Domain { get; }

    /// <summary>1 for a term that queries DNS (RFC 7208 §4.6.4), else 0.</summary>
    public int OwnCost { get; }

    /// <summary>Own cost plus everything below, capped at <see cref="LookupAccountant.Ceiling"/>.</summary>
    public int Subtotal { get; }

    /// <summary>This term's own lookup returned no data or NXDOMAIN (§4.6.4).</summary>
    public bool IsVoid { get; }

    /// <summary>Void lookups of this term and everything below, capped.</summary>
    public int VoidLookups { get; }

    public LookupStatus Status { get; }

    /// <summary>Why the status is what it is, in words ("does not exist", "loops back to ..."); null when Ok.</summary>
    public string? Detail { get; }

    /// <summary>The record found at <see cref="Domain"/>, for the root, include and redirect.</summary>
    public SpfFetched? Fetched { get; }

    public SpfRecord? Record => Fetched?.Record;

    /// <summary>The terms of the record below (for the root, include and redirect); shared between nodes.</summary>
    public IReadOnlyList<LookupNode> Children { get; }

    /// <summary>For mx: the number of MX names (§4.6.4 allows 10); null when not known.</summary>
    public int? NameCount { get; }

    /// <summary>Something below could not be followed (unknown, macro, error), so <see cref="Subtotal"/> is a lower bound.</summary>
    public bool IsLowerBound { get; }

    /// <summary>False for terms a receiver never reaches: mechanisms after `all`, and redirect beside `all` (§5.1, §6.1).</summary>
    public bool Evaluated { get; }

    /// <summary>True for include and redirect: the nodes that lead to another record.</summary>
    public bool FollowsRecord => Term is SpfMechanism { Kind: SpfMechanismKind.Include } or SpfModifier { IsRedirect: true };

    public bool ExceedsNameLimit => NameCount > LookupTree.MaxNames;

    public override string ToString() => $"{Term?.Text ?? Domain?.ToString()} {Subtotal}{(IsLowerBound ? "+" : "")} {Status}";
}

/// <summary>The lookup tree of one domain's SPF record, with its totals.</summary>
public sealed class LookupTree
{
    /// <summary>RFC 7208 §4.6.4: at most 10 DNS-querying terms.</summary>
    public const int MaxLookups = 10;

    /// <summary>RFC 7208 §4.6.4: implementations should allow at most 2 void lookups.</summary>
    public const int MaxVoidLookups = 2;

    /// <summary>RFC 7208 §4.6.4: an mx or ptr term may look at no more than 10 names.</summary>
    public const int MaxNames = 10;

    internal LookupTree(LookupNode root, int domainCount, int nodeCount)
    {
        Root = root;
        DomainCount = domainCount;
        NodeCount = nodeCount;
    }

    public LookupNode Root { get; }

    public DomainName Domain => Root.Domain!;

    /// <summary>DNS-querying terms through every include and redirect, capped at <see cref="LookupAccountant.Ceiling"/>.</summary>
    public int Lookups => Root.Subtotal;

    public int VoidLookups => Root.VoidLookups;

    /// <summary>Some include or redirect could not be followed: the real count is at least <see cref="Lookups"/>.</summary>
    public bool IsLowerBound => Root.IsLowerBound;

    /// <summary>The count reached the ceiling and stopped growing.</summary>
    public bool IsCapped => Lookups >= LookupAccountant.Ceiling;

    /// <summary>Distinct domains whose record this tree expanded or reused (nested ones of a reused subtree not counted).</summary>
    public int DomainCount { get; }

    /// <summary>Nodes built for this tree: shared subtrees once, subtrees reused from earlier trees of the accountant not at all.</summary>
    public int NodeCount { get; }

    /// <summary>Every distinct node once, in record order (a subtree shared by several terms is walked once).</summary>
    public IEnumerable<LookupNode> Nodes() => Paths(null, copy: false).Select(p => p[p.Count - 1]);

    /// <summary>
    /// The path from the root (first) to each distinct node (last) that <paramref name="where"/> accepts, in record
    /// order. A subtree shared by several terms is walked below its first occurrence only, so the walk is linear.
    /// </summary>
    public IEnumerable<IReadOnlyList<LookupNode>> Walk(Func<LookupNode, bool>? where = null) => Paths(where, copy: true);

    private IEnumerable<IReadOnlyList<LookupNode>> Paths(Func<LookupNode, bool>? where, bool copy)
    {
        var seen = new HashSet<IReadOnlyList<LookupNode>>(ReferenceComparer.Instance);
        var path = new List<LookupNode> { Root };
        if (where == null || where(Root)) yield return copy ? path.ToArray() : path;
        var stack = new Stack<(IReadOnlyList<LookupNode> Children, int Index)>();
        if (seen.Add(Root.Children)) stack.Push((Root.Children, 0));
        while (stack.Count > 0)
        {
            var (children, index) = stack.Pop();
            if (index >= children.Count)
            {
                path.RemoveAt(path.Count - 1);
                continue;
            }
            stack.Push((children, index + 1));
            var node = children[index];
            path.Add(node);
            if (where == null || where(node)) yield return copy ? path.ToArray() : path;
            if (node.Children.Count > 0 && seen.Add(node.Children)) stack.Push((node.Children, 0));
            else path.RemoveAt(path.Count - 1);
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<IReadOnlyList<LookupNode>>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(IReadOnlyList<LookupNode>? x, IReadOnlyList<LookupNode>? y) => ReferenceEquals(x, y);

        public int GetHashCode(IReadOnlyList<LookupNode> obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
