using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Accounting;

namespace ZoneLint.Cli.Dns;

/// <summary>
/// What changed between a committed lock and DNS now, in the words an operator needs: which provider record grew,
/// which lookups and networks came or went, and what each zone's SPF record now costs in lookups.
/// </summary>
public static class LockDrift
{
    /// <summary>One line per change (indented detail lines follow their heading); empty when nothing drifted.</summary>
    public static IReadOnlyList<string> Describe(LockFile committed, LockFile fresh, IReadOnlyList<(DomainName Owner, SpfRecord Record)> roots, ZoneResolver zones)
    {
        var lines = new List<string>();
        var questions = committed.Answers.Select(a => (a.Name, a.Type))
            .Union(fresh.Answers.Select(a => (a.Name, a.Type)))
            .OrderBy(q => q.Name, LockFile.NameOrder)
            .ThenBy(q => q.Type);
        foreach (var (name, type) in questions)
        {
            var before = committed.Find(name, type);
            var after = fresh.Find(name, type);
            string question = $"{name} {RRType.ToName(type)}";
            if (before == null) lines.Add($"{question} is new: {Show(after!)}");
            else if (after == null) lines.Add($"{question} is no longer reached from the zones (was {Show(before)})");
            else if (!before.HasSameDataAs(after)) Changed(lines, question, before, after);
        }
        if (lines.Count > 0) Totals(lines, committed, fresh, roots, zones);
        return lines;
    }

    private static void Changed(List<string> lines, string question, LockedAnswer before, LockedAnswer after)
    {
        if (before.Status != after.Status || before.Owner != after.Owner)
        {
            lines.Add($"{question} changed: was {Show(before)}, now {Show(after)}");
            return;
        }
        var oldSpf = SpfOf(before);
        var newSpf = SpfOf(after);
        if (oldSpf != null && newSpf != null && oldSpf.Text.Value != newSpf.Text.Value)
        {
            lines.Add($"{question} changed: the SPF record is now \"{newSpf.Text.Value}\"");
            foreach (var line in TermChanges(oldSpf, newSpf)) lines.Add("    " + line);
            return;
        }
        lines.Add($"{question} changed:");
        var oldTexts = Texts(before);
        var newTexts = Texts(after);
        foreach (var added in newTexts.Except(oldTexts)) lines.Add("    + " + added);
        foreach (var removed in oldTexts.Except(newTexts)) lines.Add("    - " + removed);
    }

    /// <summary>Terms added and removed, with what each does to the lookup count (RFC 7208 §4.6.4) and the networks allowed.</summary>
    private static IEnumerable<string> TermChanges(SpfRecord before, SpfRecord after)
    {
        var oldTerms = before.Terms.Select(t => t.Text).ToList();
        var newTerms = after.Terms.Select(t => t.Text).ToList();
        foreach (var term in after.Terms.Where(t => !oldTerms.Contains(t.Text, StringComparer.OrdinalIgnoreCase)))
            yield return "+ " + term.Text + Effect(term, added: true);
        foreach (var term in before.Terms.Where(t => !newTerms.Contains(t.Text, StringComparer.OrdinalIgnoreCase)))
            yield return "- " + term.Text + Effect(term, added: false);
    }

    private static string Effect(SpfTerm term, bool added) => term switch
    {
        SpfMechanism { CostsLookup: true } => added ? " (1 more DNS lookup)" : " (1 DNS lookup fewer)",
        SpfModifier { IsRedirect: true } => added ? " (1 more DNS lookup)" : " (1 DNS lookup fewer)",
        SpfMechanism { Kind: SpfMechanismKind.Ip4 or SpfMechanismKind.Ip6 } => added ? " (a new network may send)" : " (a network removed)",
        _ => "",
    };

    /// <summary>What each zone SPF record costs under the committed lock and under DNS now, where the two differ.</summary>
    private static void Totals(List<string> lines, LockFile committed, LockFile fresh, IReadOnlyList<(DomainName Owner, SpfRecord Record)> roots, ZoneResolver zones)
    {
        var before = new LookupAccountant(new ChainResolver(zones, new LockFileResolver(committed)));
        var after = new LookupAccountant(new ChainResolver(zones, new LockFileResolver(fresh)));
        foreach (var (owner, record) in roots)
        {
            var was = before.Account(owner, record);
            var now = after.Account(owner, record);
            if (was.Lookups == now.Lookups && was.IsLowerBound == now.IsLowerBound) continue;
            string limit = now.Lookups > LookupTree.MaxLookups ? $", over the limit of {LookupTree.MaxLookups} (RFC 7208 §4.6.4): receivers will answer permerror" : "";
            lines.Add($"{owner} SPF now costs {Count(now.Lookups, now.IsLowerBound)} DNS lookups (was {Count(was.Lookups, was.IsLowerBound)}){limit}");
        }
    }

    private static string Count(int lookups, bool lowerBound) => lowerBound ? $"at least {lookups}" : lookups.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SpfRecord? SpfOf(LockedAnswer answer)
    {
        if (answer.Type != RRType.TXT || answer.Status != DnsStatus.NoError) return null;
        var spf = answer.Records.Select(SpfRecordFinder.TextOf).Where(t => SpfRecordParser.IsSpfRecord(t.Value)).ToList();
        return spf.Count == 1 ? SpfRecordParser.Parse(spf[0]) : null;
    }

    private static List<string> Texts(LockedAnswer answer) =>
        answer.Records.Select(r => LockRdataText(answer.Type, r.Rdata)).ToList();

    private static string Show(LockedAnswer answer)
    {
        if (answer.Status != DnsStatus.NoError) return LockFileWriter.FormatStatus(answer.Status) + (answer.Error != null ? $" ({answer.Error})" : "");
        if (answer.Records.Count == 0) return "no records";
        string via = answer.Owner is { } owner ? $" (through a CNAME to {owner})" : "";
        return string.Join(", ", Texts(answer)) + via;
    }

    private static string LockRdataText(ushort type, byte[] rdata) =>
        type is RRType.TXT or RRType.SPF
            ? "\"" + string.Concat(DnsWire.CharacterStrings(rdata).Select(s => new string(s.Select(b => (char)b).ToArray()))) + "\""
            : LockFile.FormatRdata(type, rdata);
}
