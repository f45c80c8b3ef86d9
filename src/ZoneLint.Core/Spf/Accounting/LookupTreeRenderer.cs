using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ZoneLint.Core.Spf.Accounting;

/// <summary>One line of a rendered tree: a node at a depth; <see cref="IsRepeat"/> when its subtree was shown above.</summary>
public sealed record LookupTreeLine(int Depth, LookupNode Node, bool IsRepeat)
{
    /// <summary>The term as written (the root: its domain), with the expanded target when a macro named it.</summary>
    public string Label => LookupTreeRenderer.Label(Node);

    /// <summary>The subtotal, with "+" when it is a lower bound.</summary>
    public string Cost => LookupTreeRenderer.Cost(Node);

    /// <summary>What a reader should know besides the cost: void, names, loops, why a branch was not followed.</summary>
    public string Note => LookupTreeRenderer.Note(Node, IsRepeat);
}

/// <summary>Prints what each term costs, for rule messages (one line) and `zonelint spf explain` (a tree).</summary>
public static class LookupTreeRenderer
{
    private const int MaxLabelColumn = 56;

    /// <summary>"11 DNS lookups", "at least 3 DNS lookups", "1000 or more DNS lookups".</summary>
    public static string CountPhrase(LookupTree tree)
    {
        string noun = tree.Lookups == 1 ? "DNS lookup" : "DNS lookups";
        if (tree.IsCapped) return $"{LookupAccountant.Ceiling} or more DNS lookups";
        return tree.IsLowerBound ? $"at least {tree.Lookups} {noun}" : $"{tree.Lookups} {noun}";
    }

    /// <summary>The costing terms of the top record, dearest first: `include:_spf.google.com 4, mx 1, ...`.</summary>
    public static string Summary(LookupTree tree, int maxTerms = 8)
    {
        // The same term written several times is one item: `a:mail.example.com 3 (3 times)`.
        var costing = tree.Root.Children.Where(n => n.Evaluated && n.Subtotal > 0)
            .Select((n, i) => (Node: n, Index: i))
            .GroupBy(x => Label(x.Node))
            .Select(g => (Label: g.Key, Cost: g.Aggregate(0, (sum, x) => LookupAccountant.Add(sum, x.Node.Subtotal)),
                LowerBound: g.Any(x => x.Node.IsLowerBound), Count: g.Count(), Index: g.First().Index))
            .OrderByDescending(x => x.Cost).ThenBy(x => x.Index)
            .Select(x => $"{x.Label} {x.Cost}{(x.LowerBound || x.Cost >= LookupAccountant.Ceiling ? "+" : "")}{(x.Count > 1 ? $" ({x.Count} times)" : "")}")
            .ToList();
        if (costing.Count > maxTerms) costing = costing.Take(maxTerms).Append("...").ToList();
        return string.Join(", ", costing);
    }

    /// <summary>
    /// The lines of the tree in record order: the root, then each term that costs a lookup or has something to say.
    /// A shared subtree is expanded at its first occurrence only (later ones are marked as repeats), so output is linear.
    /// </summary>
    public static IReadOnlyList<LookupTreeLine> Lines(LookupTree tree)
    {
        var lines = new List<LookupTreeLine> { new(0, tree.Root, false) };
        var shown = new HashSet<object>(ReferenceEqualityComparer.Instance);
        shown.Add(tree.Root.Children);
        AddChildren(tree.Root, 1, lines, shown);
        return lines;
    }

    private static void AddChildren(LookupNode parent, int depth, List<LookupTreeLine> lines, HashSet<object> shown)
    {
        foreach (var child in parent.Children)
        {
            if (!IsWorthALine(child)) continue;
            bool repeat = child.Children.Count > 0 && !shown.Add(child.Children);
            lines.Add(new LookupTreeLine(depth, child, repeat));
            if (!repeat && child.Children.Count > 0) AddChildren(child, depth + 1, lines, shown);
        }
    }

    /// <summary>The tree as aligned text: indentation by depth, costs in one column, notes after.</summary>
    public static string Render(LookupTree tree)
    {
        var lines = Lines(tree);
        int column = Math.Min(MaxLabelColumn, lines.Max(l => l.Depth * 2 + l.Label.Length));
        int costWidth = lines.Max(l => l.Cost.Length);
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            string label = new string(' ', line.Depth * 2) + line.Label;
            sb.Append(label.PadRight(column)).Append("  ").Append(line.Cost.PadLeft(costWidth));
            string note = line.Depth == 0 ? RootNote(tree) : line.Note;
            if (note.Length > 0) sb.Append("  ").Append(note);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    internal static string Label(LookupNode node)
    {
        if (node.Term == null) return node.Domain?.ToString() ?? "?";
        string text = node.Term.Text;
        var spec = node.Term switch
        {
            SpfMechanism m => m.DomainSpec,
            SpfModifier m => m.Value,
            _ => null,
        };
        return spec != null && spec.HasMacros && node.Domain != null ? $"{text} ({node.Domain})" : text;
    }

    internal static string Cost(LookupNode node)
    {
        string value = node.Subtotal.ToString(CultureInfo.InvariantCulture);
        return node.IsLowerBound || node.Subtotal >= LookupAccountant.Ceiling ? value + "+" : value;
    }

    internal static string Note(LookupNode node, bool repeat)
    {
        var notes = new List<string>();
        if (repeat) notes.Add("counted above");
        if (node.NameCount is int names)
            notes.Add(names > LookupTree.MaxNames ? $"{names} names (limit {LookupTree.MaxNames})" : names == 1 ? "1 name" : $"{names} names");
        if (node.Status == LookupStatus.NoSpf) notes.Add($"no SPF record: {node.Detail}");
        else if (node.Status == LookupStatus.Unknown && node.FollowsRecord) notes.Add("not followed: not in the zones or the lock file");
        else if (node.Detail != null && !(repeat && node.Status == LookupStatus.Ok)) notes.Add(node.Detail);
        if (node.IsVoid && node.Detail == null) notes.Add("void lookup");
        if (!repeat && node.FollowsRecord && node.VoidLookups > (node.IsVoid ? 1 : 0))
            notes.Add($"{node.VoidLookups} void");
        return string.Join("; ", notes);
    }

    private static string RootNote(LookupTree tree)
    {
        var root = tree.Root;
        if (root.Status is LookupStatus.NoSpf or LookupStatus.Unknown || root.Fetched == null) return root.Detail ?? root.Status.ToString();
        string note = $"DNS lookups in all (limit {LookupTree.MaxLookups}); {tree.VoidLookups} void (limit {LookupTree.MaxVoidLookups})";
        if (root.Status is LookupStatus.Error or LookupStatus.DnsFailure) note = $"{root.Detail}; {note}";
        return tree.IsLowerBound ? note + "; a lower bound: some branches were not followed" : note;
    }

    /// <summary>Terms that cost nothing and have nothing to report (ip4, ip6, all, exp) are left out.</summary>
    private static bool IsWorthALine(LookupNode node) =>
        node.OwnCost > 0 || node.Status != LookupStatus.Ok ||
        (!node.Evaluated && node.Term is SpfMechanism { CostsLookup: true } or SpfModifier { IsRedirect: true });

    private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
