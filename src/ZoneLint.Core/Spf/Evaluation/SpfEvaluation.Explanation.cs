using System.Linq;
using System.Text;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>RFC 7208 §6.2: the explanation of a fail. Nothing here can change the result or spend the lookup budget.</summary>
internal sealed partial class SpfEvaluation
{
    /// <summary>
    /// The exp= text, or null to fall back on the default: an invalid target, a DNS error, no TXT record or more
    /// than one, or text that is not a valid explain-string all mean "as if there were no exp=".
    /// </summary>
    private string? Explain(SpfRecord record, DomainName domain, int depth)
    {
        if (record.Exp is not { } exp) return null;
        string? targetText = SpfMacroExpander.Expand(exp.Value, domain, _macros, explanation: false, out string? error);
        var target = targetText == null ? null : SpfNames.TryParse(targetText, out error);
        if (target == null) return Ignored(depth, domain, exp.Text, error!);
        var answer = _resolver.Query(target, RRType.TXT);
        var records = answer.Records.Where(r => r.Type == RRType.TXT).ToList();
        if (answer.Status != DnsStatus.NoError || records.Count != 1)
        {
            string found = answer.Status == DnsStatus.NoError ? records.Count + " TXT records" : answer.Status.ToString();
            return Ignored(depth, domain, exp.Text, $"{SpfNames.ToText(target)} gave {found}; one TXT record is needed");
        }
        var text = new StringBuilder();
        foreach (var s in DnsWire.CharacterStrings(records[0].Rdata))
        {
            foreach (var b in s) text.Append((char)b);
        }
        var macroText = SpfMacroParser.ParseExplanation(text.ToString(), out var syntaxError);
        error = syntaxError?.Message;
        string? explanation = macroText == null ? null : SpfMacroExpander.Expand(macroText, domain, _macros, explanation: true, out error);
        if (explanation == null) return Ignored(depth, domain, exp.Text, "the explanation text is invalid: " + error);
        Trace(depth, domain, exp.Text, "explanation \"" + explanation + "\"");
        return explanation;
    }

    private string? Ignored(int depth, DomainName domain, string term, string why)
    {
        Trace(depth, domain, term, "ignored: " + why);
        return null;
    }

    /// <summary>The configured default, its macros expanded for the domain first checked (taken literally if invalid).</summary>
    private string DefaultExplanation(DomainName domain)
    {
        var text = SpfMacroParser.ParseExplanation(_options.DefaultExplanation, out _);
        return (text == null ? null : SpfMacroExpander.Expand(text, domain, _macros, explanation: true, out _)) ?? _options.DefaultExplanation;
    }
}
