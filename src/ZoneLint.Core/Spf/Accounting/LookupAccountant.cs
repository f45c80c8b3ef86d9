using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Accounting;

/// <summary>
/// Counts what an SPF record costs in DNS lookups, whatever the sender's address (RFC 7208 §4.6.4): every include,
/// a, mx, ptr, exists and redirect, through every include and redirect, with void lookups, loops and mx name counts.
/// It assumes the worst case, that no mechanism matches before `all`, which is what a receiver spends on mail it
/// rejects. Each domain's record is expanded once per tree and its subtotal reused for every term that names it,
/// so hostile fan-outs stay linear; totals stop growing at <see cref="Ceiling"/>.
/// </summary>
public sealed class LookupAccountant
{
    /// <summary>Counts stop here, so a fan-out of includes cannot overflow (2^40 lookups is simply "1000").</summary>
    public const int Ceiling = 1000;

    /// <summary>Includes nested deeper than this are not followed (the count is then past 10 anyway).</summary>
    public const int MaxDepth = 100;

    private static readonly LookupNode[] NoChildren = Array.Empty<LookupNode>();

    private readonly ISpfResolver _resolver;
    private readonly Dictionary<(DomainName Name, ushort Type), DnsAnswer> _answers = new();
    private readonly Dictionary<DomainName, SpfFindResult> _records = new();

    /// <summary>Expansions that met no loop and no cut, so every tree of this accountant can reuse them.</summary>
    private readonly Dictionary<DomainName, Expansion> _shared = new();

    /// <summary>One accountant may build many trees; answers are cached for its lifetime, so use one per run.</summary>
    public LookupAccountant(ISpfResolver resolver) => _resolver = resolver;

    /// <summary>The tree of the SPF record published at <paramref name="domain"/>, as the resolver sees it.</summary>
    public LookupTree Account(DomainName domain)
    {
        var traversal = new Traversal(this);
        var found = FindRecord(domain);
        var root = traversal.Root(domain, found);
        return new LookupTree(root, traversal.Domains, traversal.Nodes);
    }

    /// <summary>The tree of a record already in hand (a zone's own record), so its terms keep their spans.</summary>
    public LookupTree Account(DomainName domain, SpfRecord record, ResourceRecord? zoneRecord = null)
    {
        var traversal = new Traversal(this);
        var found = new SpfFindResult(LookupStatus.Ok, null, new SpfFetched(domain, record, zoneRecord), false);
        var root = traversal.Root(domain, found);
        return new LookupTree(root, traversal.Domains, traversal.Nodes);
    }

    private SpfFindResult FindRecord(DomainName domain)
    {
        if (!_records.TryGetValue(domain, out var found)) _records[domain] = found = SpfRecordFinder.Find(new CachingView(this), domain);
        return found;
    }

    /// <summary>The targets of domain-specs without macros, which do not depend on the current domain, by their text.</summary>
    private readonly Dictionary<string, (DomainName? Target, string? Error)> _targets = new(StringComparer.Ordinal);

    private DomainName? Target(SpfMacroString? spec, DomainName current, out string? macros, out string? error)
    {
        macros = null;
        error = null;
        if (spec == null) return current;
        if (HasMacro(spec)) return DomainSpecExpander.Expand(spec, current, out macros, out error);
        if (!_targets.TryGetValue(spec.Text, out var known))
            _targets[spec.Text] = known = (DomainSpecExpander.Expand(spec, current, out _, out string? failure), failure);
        error = known.Error;
        return known.Target;
    }

    private static bool HasMacro(SpfMacroString spec)
    {
        for (int i = 0; i < spec.Parts.Count; i++)
        {
            if (spec.Parts[i] is SpfMacro) return true;
        }
        return false;
    }

    private DnsAnswer Query(DomainName name, ushort type)
    {
        if (!_answers.TryGetValue((name, type), out var answer)) _answers[(name, type)] = answer = _resolver.Query(name, type);
        return answer;
    }

    internal static int Add(int a, int b) => Math.Min(Ceiling, a + b);

    private sealed class CachingView(LookupAccountant owner) : ISpfResolver
    {
        public DnsAnswer Query(DomainName name, ushort type) => owner.Query(name, type);
    }

    /// <summary>What a record expands to, memoised per domain within one tree.</summary>
    private sealed record Expansion(IReadOnlyList<LookupNode> Children, int Subtotal, int Voids, bool LowerBound, LookupStatus Status, string? Detail)
    {
        /// <summary>No loop and no cut below: the same whatever path leads here.</summary>
        public bool Independent { get; init; }
    }

    /// <summary>One tree: the memo and the path of domains being expanded (for loops).</summary>
    private sealed class Traversal(LookupAccountant owner)
    {
        private readonly Dictionary<DomainName, Expansion> _memo = new();
        private readonly List<DomainName> _path = new();
        private int _spent;

        /// <summary>Counts loops and cuts met so far; an expansion during which it grew depends on its path.</summary>
        private int _dependencies;

        public int Domains => _memo.Count;

        public int Nodes { get; private set; }

        public LookupNode Root(DomainName domain, SpfFindResult found)
        {
            var expansion = Expand(domain, found, 0);
            return Node(null, domain, 0, expansion.Subtotal, found.IsVoid, expansion.Voids, expansion.Status, expansion.Detail,
                found.Fetched, expansion.Children, null, expansion.LowerBound, true);
        }

        private LookupNode Node(
            SpfTerm? term, DomainName? domain, int ownCost, int subtotal, bool isVoid, int voids, LookupStatus status,
            string? detail, SpfFetched? fetched, IReadOnlyList<LookupNode> children, int? names, bool lowerBound, bool evaluated)
        {
            Nodes++;
            _spent = Add(_spent, ownCost);
            return new LookupNode(term, domain, ownCost, subtotal, isVoid, voids, status, detail, fetched, children, names, lowerBound, evaluated);
        }

        private Expansion Expand(DomainName domain, SpfFindResult found, int depth)
        {
            if (_memo.TryGetValue(domain, out var known) || owner._shared.TryGetValue(domain, out known))
            {
                _spent = Add(_spent, known.Subtotal);
                if (!known.Independent) _dependencies++;
                return _memo[domain] = known;
            }
            if (found.Status != LookupStatus.Ok || found.Fetched == null)
            {
                return _memo[domain] = new Expansion(NoChildren, 0, 0, found.Status is LookupStatus.Unknown or LookupStatus.Error or LookupStatus.DnsFailure, found.Status, found.Detail)
                    { Independent = true };
            }
            int dependenciesBefore = _dependencies;

            var record = found.Fetched.Record;
            _path.Add(domain);
            var children = new List<LookupNode>();
            bool afterAll = false;
            bool hasAll = HasAll(record);
            foreach (var term in record.Terms)
            {
                bool evaluated = term switch
                {
                    SpfMechanism => !afterAll,
                    SpfModifier { IsRedirect: true } => !hasAll, // §6.1: redirect is ignored when the record has all
                    _ => true,
                };
                children.Add(Cost(term, domain, evaluated, depth));
                if (term is SpfMechanism { Kind: SpfMechanismKind.All }) afterAll = true;
            }
            _path.RemoveAt(_path.Count - 1);

            int subtotal = 0, voids = 0;
            bool lowerBound = false;
            foreach (var child in children)
            {
                subtotal = Add(subtotal, child.Subtotal);
                voids = Add(voids, child.VoidLookups);
                lowerBound |= child.IsLowerBound;
            }
            var status = record.IsValid ? LookupStatus.Ok : LookupStatus.Error;
            string? detail = record.IsValid ? null : $"not valid SPF (permerror): {record.Errors[0].Message}";
            var expansion = new Expansion(children, subtotal, voids, lowerBound, status, detail) { Independent = _dependencies == dependenciesBefore };
            if (expansion.Independent) owner._shared[domain] = expansion;
            return _memo[domain] = expansion;
        }

        private static bool HasAll(SpfRecord record)
        {
            foreach (var term in record.Terms)
            {
                if (term is SpfMechanism { Kind: SpfMechanismKind.All }) return true;
            }
            return false;
        }

        private LookupNode Cost(SpfTerm term, DomainName current, bool evaluated, int depth)
        {
            if (!evaluated)
                return Node(term, null, 0, 0, false, 0, LookupStatus.Ok, term is SpfModifier ? "ignored: the record has all (RFC 7208 §6.1)" : "never reached: it stands after all",
                    null, NoChildren, null, false, false);
            switch (term)
            {
                case SpfMechanism { Kind: SpfMechanismKind.Include } include when include.DomainSpec != null:
                    return Follow(term, include.DomainSpec, current, depth);
                case SpfModifier { IsRedirect: true } redirect:
                    return Follow(term, redirect.Value, current, depth);
                case SpfMechanism { Kind: SpfMechanismKind.A } a:
                    return Addresses(a, current);
                case SpfMechanism { Kind: SpfMechanismKind.Mx } mx:
                    return MailExchangers(mx, current);
                case SpfMechanism { Kind: SpfMechanismKind.Exists } exists:
                    return Exists(exists, current);
                case SpfMechanism { Kind: SpfMechanismKind.Ptr } ptr:
                    var ptrTarget = owner.Target(ptr.DomainSpec, current, out string? macros, out _);
                    return Node(term, ptrTarget, 1, 1, false, 0, LookupStatus.Ok,
                        "the names depend on the sender's address (RFC 7208 §5.5)" + (macros == null ? "" : $"; the domain depends on {macros}"),
                        null, NoChildren, null, false, true);
                default:
                    return Node(term, null, 0, 0, false, 0, LookupStatus.Ok, null, null, NoChildren, null, false, true);
            }
        }

        /// <summary>include and redirect: one lookup, plus everything the target's record costs.</summary>
        private LookupNode Follow(SpfTerm term, SpfMacroString spec, DomainName current, int depth)
        {
            var target = owner.Target(spec, current, out string? macros, out string? error);
            if (target == null)
            {
                return macros != null
                    ? Node(term, null, 1, 1, false, 0, LookupStatus.Macro, $"the target depends on {macros}: its cost cannot be known in advance", null, NoChildren, null, true, true)
                    : Node(term, null, 1, 1, false, 0, LookupStatus.Error, error, null, NoChildren, null, true, true);
            }
            if (_path.Contains(target)) // a short list: includes nest a few deep
            {
                _dependencies++;
                string cycle = string.Join(" -> ", _path.Skip(_path.IndexOf(target)).Append(target));
                return Node(term, target, 1, 1, false, 0, LookupStatus.Loop, $"loops back to {target} ({cycle})", null, NoChildren, null, false, true);
            }
            if (depth + 1 > MaxDepth || (_spent >= Ceiling && !_memo.ContainsKey(target)))
            {
                _dependencies++;
                string why = depth + 1 > MaxDepth ? $"nested more than {MaxDepth} deep" : $"over {Ceiling} lookups already";
                return Node(term, target, 1, 1, false, 0, LookupStatus.Error, $"not followed: {why}", null, NoChildren, null, true, true);
            }
            var found = owner.FindRecord(target);
            var expansion = Expand(target, found, depth + 1);
            return Node(term, target, 1, Add(1, expansion.Subtotal), found.IsVoid, Add(found.IsVoid ? 1 : 0, expansion.Voids),
                expansion.Status, expansion.Detail, found.Fetched, expansion.Children, null, expansion.LowerBound, true);
        }

        /// <summary>a: one lookup (A or AAAA, by the sender's address); void when the name has neither.</summary>
        private LookupNode Addresses(SpfMechanism term, DomainName current)
        {
            var target = owner.Target(term.DomainSpec, current, out string? macros, out string? error);
            if (target == null) return Unresolvable(term, macros, error);
            var a = owner.Query(target, RRType.A);
            var aaaa = owner.Query(target, RRType.AAAA);
            if ((Failed(a) ?? Failed(aaaa)) is { } failure) return Leaf(term, target, false, LookupStatus.DnsFailure, failure, null);
            if (a.Status == DnsStatus.Unknown || aaaa.Status == DnsStatus.Unknown)
                return Leaf(term, target, false, LookupStatus.Unknown, "not in the zones or the lock file", null);
            bool isVoid = a.IsVoid && aaaa.IsVoid;
            return Leaf(term, target, isVoid, LookupStatus.Ok, isVoid ? VoidDetail(a, "no A or AAAA records") : null, null);
        }

        /// <summary>mx: one lookup; the address lookups of the exchanges do not count, but there may be at most 10 names.</summary>
        private LookupNode MailExchangers(SpfMechanism term, DomainName current)
        {
            var target = owner.Target(term.DomainSpec, current, out string? macros, out string? error);
            if (target == null) return Unresolvable(term, macros, error);
            var mx = owner.Query(target, RRType.MX);
            if (Failed(mx) is { } failure) return Leaf(term, target, false, LookupStatus.DnsFailure, failure, null);
            if (mx.Status == DnsStatus.Unknown) return Leaf(term, target, false, LookupStatus.Unknown, "not in the zones or the lock file", null);
            int names = mx.Records.Count(r => r.Type == RRType.MX);
            return Leaf(term, target, mx.IsVoid, LookupStatus.Ok, mx.IsVoid ? VoidDetail(mx, "no MX records") : null, names);
        }

        /// <summary>exists: one A lookup, whatever the sender's address (§5.7).</summary>
        private LookupNode Exists(SpfMechanism term, DomainName current)
        {
            var target = owner.Target(term.DomainSpec, current, out string? macros, out string? error);
            if (target == null) return Unresolvable(term, macros, error);
            var a = owner.Query(target, RRType.A);
            if (Failed(a) is { } failure) return Leaf(term, target, false, LookupStatus.DnsFailure, failure, null);
            if (a.Status == DnsStatus.Unknown) return Leaf(term, target, false, LookupStatus.Unknown, "not in the zones or the lock file", null);
            return Leaf(term, target, a.IsVoid, LookupStatus.Ok, a.IsVoid ? VoidDetail(a, "no A records") : null, null);
        }

        private LookupNode Unresolvable(SpfTerm term, string? macros, string? error) => macros != null
            ? Leaf(term, null, false, LookupStatus.Macro, $"the name depends on {macros}", null)
            : Leaf(term, null, false, LookupStatus.Error, error, null);

        private LookupNode Leaf(SpfTerm term, DomainName? target, bool isVoid, LookupStatus status, string? detail, int? names) =>
            Node(term, target, 1, 1, isVoid, isVoid ? 1 : 0, status, detail, null, NoChildren, names, false, true);

        private static string? Failed(DnsAnswer answer) =>
            answer.Status is DnsStatus.ServerFailure or DnsStatus.Timeout
                ? $"lookup failed (temperror){(answer.Error == null ? "" : ": " + answer.Error)}"
                : null;

        private static string VoidDetail(DnsAnswer answer, string noData) =>
            "void lookup: " + (answer.Status == DnsStatus.NxDomain ? "the name does not exist" : noData);
    }
}
