using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Rules.Spf.Syntax;

/// <summary>
/// ZL3001: a term that is not RFC 7208 syntax, so the record yields permerror; one finding per bad term, at the term.
/// Left to other rules, so a mistake is reported once: terms glued across strings (ZL3003) and terms holding pasted
/// non-ASCII text (ZL1006, whose message names the exact characters). Also reported: a modifier that is valid
/// syntax but plainly a typo (`include=`, `redirct=`, a second `v=spf1`), which receivers silently ignore (§6).
/// </summary>
public sealed class SpfSyntaxErrorRule : ZoneRule
{
    private static readonly string[] MechanismNames = { "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists" };

    // RFC 6652 defines these reporting modifiers; they are not typos of exp.
    private static readonly string[] KnownExtensions = { "ra", "rp", "rr" };

    public override RuleDescriptor Descriptor => RuleCatalog.SpfSyntax;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (candidate, record) in SpfZoneText.CheckedRecords(context))
        {
            var glued = record.Errors.Count == 0 ? null : SpfGluedStringsRule.GluedWords(record.Text).ToList();
            foreach (var error in record.Errors)
            {
                if (glued!.Any(g => g.Start < error.End && error.Start < g.End)) continue;
                var span = error.Span ?? candidate.TextSpan;
                if (SpfZoneText.HasPastedCharacters(context, span)) continue;
                context.Report(Descriptor, span, error.Message + "; the whole record then yields permerror (RFC 7208 §4.6)");
            }
            for (int i = 0; i < record.Terms.Count; i++)
            {
                if (record.Terms[i] is not SpfModifier modifier) continue;
                string? why = IgnoredModifier(modifier);
                if (why != null) context.Report(Descriptor, modifier.Span ?? candidate.TextSpan, why);
            }
        }
    }

    /// <summary>Why a valid modifier is plainly a typo that receivers ignore, or null.</summary>
    internal static string? IgnoredModifier(SpfModifier modifier)
    {
        string name = modifier.Name;
        const string ignored = "is read as an unknown modifier, which receivers ignore (RFC 7208 §6)";
        if (name == "redirect" || name == "exp" || KnownExtensions.Contains(name)) return null;
        if (name == "v")
            return $"'{modifier.Text}' inside the record {ignored}: were two records pasted into one? Keep one version at the start";
        if (MechanismNames.Contains(name))
            return $"'{modifier.Text}' {ignored}, so this {name} never takes effect; a mechanism takes ':', write {name}:{modifier.Value.Text}";
        if (SpfRecordParser.Distance(name, "redirect") is > 0 and <= 2 || (name.Length >= 3 && SpfRecordParser.Distance(name, "exp") == 1))
        {
            string meant = SpfRecordParser.Distance(name, "redirect") <= 2 ? "redirect" : "exp";
            return $"'{modifier.Text}' {ignored} (did you mean {meant}=?)";
        }
        return null;
    }
}
