using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>
/// One check_host() run: the lookup budget shared by every include and redirect (RFC 7208 §4.6.4), the trace, and
/// the macro values. Errors that end the whole evaluation (permerror, temperror) travel as <see cref="SpfAbort"/>:
/// an include passes them up unchanged (§5.2), and so does a redirect.
/// </summary>
internal sealed partial class SpfEvaluation
{
    private readonly ISpfResolver _resolver;
    private readonly SpfEvaluatorOptions _options;
    private readonly IPAddress _ip;
    private readonly SpfMacroValues _macros;
    private readonly List<SpfTraceEntry> _trace = new();
    private int _lookups;
    private int _voidLookups;

    public SpfEvaluation(ISpfResolver resolver, SpfEvaluatorOptions options, IPAddress ip, string sender, string? helo)
    {
        _resolver = resolver;
        _options = options;
        _ip = ip;
        _macros = new SpfMacroValues(ip, sender, helo, options.ReceivingDomain, options.Now ?? DateTimeOffset.UtcNow, ValidatedName);
    }

    public SpfResult Run(DomainName domain)
    {
        try
        {
            var outcome = CheckHost(domain, 0, explain: true);
            string? explanation = outcome.Code == SpfResultCode.Fail ? outcome.Explanation ?? DefaultExplanation(domain) : null;
            return Result(outcome.Code, explanation, outcome.Reason, outcome.Domain, outcome.Term);
        }
        catch (SpfAbort abort)
        {
            return Result(abort.Code, null, abort.Message, null, null);
        }
    }

    private SpfResult Result(SpfResultCode code, string? explanation, string? reason, DomainName? domain, SpfTerm? term) =>
        new(code, explanation, reason, _lookups, _voidLookups, domain, term, _trace.ToArray());

    /// <summary>check_host() for one domain (§4): fetch and select the record (§4.4, §4.5), evaluate it (§4.6).</summary>
    private Outcome CheckHost(DomainName domain, int depth, bool explain)
    {
        var record = FetchRecord(domain, depth, out string? noRecord);
        if (record == null) return Outcome.None(noRecord!);
        CheckSyntax(record, domain, depth);

        foreach (var mechanism in record.Mechanisms)
        {
            if (!Matches(mechanism, domain, depth)) continue;
            var code = mechanism.Qualifier.ToResult();
            Trace(depth, domain, mechanism.Text, "match: " + code.ToRfcName());
            string? explanation = code == SpfResultCode.Fail && explain ? Explain(record, domain, depth) : null;
            return new Outcome(code, explanation, null, domain, mechanism);
        }

        // §6.1: redirect applies only when no mechanism matched; its result replaces this record's, exp= and all.
        if (record.Redirect is { } redirect)
        {
            CountLookup(domain, depth, redirect.Text);
            var target = Target(redirect.Value, domain, out string? invalid);
            if (target == null) throw Abort(SpfResultCode.PermError, domain, depth, redirect.Text, $"the redirect target is invalid: {invalid}");
            Trace(depth, domain, redirect.Text, "redirect to " + SpfNames.ToText(target));
            var result = CheckHost(target, depth, explain);
            if (result.Code == SpfResultCode.None)
                throw Abort(SpfResultCode.PermError, domain, depth, redirect.Text, $"the redirect target {SpfNames.ToText(target)} has no SPF record: {result.Reason}");
            return result;
        }

        Trace(depth, domain, null, "no term matched: neutral");
        return new Outcome(SpfResultCode.Neutral, null, null, null, null);
    }

    /// <summary>§4.4 and §4.5: the one TXT record that starts with `v=spf1`; type 99 is never asked for.</summary>
    private SpfRecord? FetchRecord(DomainName domain, int depth, out string? noRecord)
    {
        noRecord = null;
        var answer = _resolver.Query(domain, RRType.TXT);
        ThrowOnDnsError(answer, domain, depth, null, "TXT");
        if (answer.Status == DnsStatus.NxDomain)
        {
            noRecord = $"{SpfNames.ToText(domain)} does not exist (NXDOMAIN)";
            Trace(depth, domain, null, "no SPF record: the name does not exist");
            return null;
        }
        var texts = answer.Records.Where(r => r.Type == RRType.TXT)
            .Select(r => SpfText.FromOctets(DnsWire.CharacterStrings(r.Rdata)))
            .Where(t => SpfRecordParser.IsSpfRecord(t.Value))
            .ToList();
        if (texts.Count == 0)
        {
            noRecord = $"{SpfNames.ToText(domain)} has no TXT record starting with v=spf1";
            Trace(depth, domain, null, "no SPF record");
            return null;
        }
        if (texts.Count > 1)
            throw Abort(SpfResultCode.PermError, domain, depth, null, $"{SpfNames.ToText(domain)} has {texts.Count} SPF records; there must be one (RFC 7208 §4.5)");
        Trace(depth, domain, null, "record \"" + texts[0].Value + "\"");
        return SpfRecordParser.Parse(texts[0]);
    }

    /// <summary>§4.6: a syntax error anywhere in the record is permerror before any term is evaluated.</summary>
    private void CheckSyntax(SpfRecord record, DomainName domain, int depth)
    {
        if (record.Errors.Count > 0) throw Abort(SpfResultCode.PermError, domain, depth, null, "syntax error: " + record.Errors[0].Message);
        var modifiers = record.Terms.OfType<SpfModifier>().ToList();
        foreach (var name in new[] { "redirect", "exp" })
        {
            if (modifiers.Count(m => m.Name == name) > 1)
                throw Abort(SpfResultCode.PermError, domain, depth, null, $"{name}= appears more than once (RFC 7208 §6)");
        }
        var specs = record.Mechanisms.Select(m => m.DomainSpec).Concat(modifiers.Where(m => m.IsRedirect || m.IsExp).Select(m => m.Value));
        foreach (var spec in specs)
        {
            foreach (var macro in spec?.Parts.OfType<SpfMacro>() ?? Enumerable.Empty<SpfMacro>())
            {
                if (char.ToLowerInvariant(macro.Letter) is 'c' or 'r' or 't' || macro.Digits == 0)
                    throw Abort(SpfResultCode.PermError, domain, depth, null, $"invalid macro in '{spec}': only explanation text may use %{{c}}, %{{r}} and %{{t}}, and a digit transformer must not be 0 (RFC 7208 §7)");
            }
        }
    }

    /// <summary>
    /// §4.8: the name a term targets; its macros expanded, then cut to 253 characters (§7.3). Null, with the reason,
    /// when no DNS query can carry it (an empty label or one over 63 octets).
    /// </summary>
    private DomainName? Target(SpfMacroString? spec, DomainName domain, out string? invalid)
    {
        invalid = null;
        if (spec == null) return domain;
        string? text = SpfMacroExpander.Expand(spec, domain, _macros, explanation: false, out string? error);
        if (text == null) throw new SpfAbort(SpfResultCode.PermError, error!);
        return SpfNames.TryParse(text, out invalid);
    }

    /// <summary>§4.6.4: the 11th DNS-querying term is permerror.</summary>
    private void CountLookup(DomainName domain, int depth, string term)
    {
        if (++_lookups > _options.LookupLimit)
            throw Abort(SpfResultCode.PermError, domain, depth, term, $"more than {_options.LookupLimit} DNS-querying terms (RFC 7208 §4.6.4)");
    }

    /// <summary>§4.6.4: more than two lookups that find nothing is permerror.</summary>
    private void CountVoid(DnsAnswer answer, DomainName domain, int depth, string term)
    {
        if (!answer.IsVoid) return;
        if (++_voidLookups > _options.VoidLookupLimit)
            throw Abort(SpfResultCode.PermError, domain, depth, term, $"more than {_options.VoidLookupLimit} void lookups (RFC 7208 §4.6.4)");
    }

    /// <summary>§5: a DNS error other than NXDOMAIN makes the whole evaluation temperror.</summary>
    private void ThrowOnDnsError(DnsAnswer answer, DomainName name, int depth, string? term, string type)
    {
        string? problem = answer.Status switch
        {
            DnsStatus.Timeout => "timed out",
            DnsStatus.ServerFailure => "failed" + (answer.Error == null ? "" : ": " + answer.Error),
            // No zone, lock file or resolver knows the name: an answer we do not have, so temporary (see docs/decisions/0001).
            DnsStatus.Unknown => "has no answer here: the name is in none of the zones (or lock file) given, and live DNS was not asked",
            _ => null,
        };
        if (problem != null)
            throw Abort(SpfResultCode.TempError, name, depth, term, $"the {type} lookup for {SpfNames.ToText(name)} {problem}");
    }

    private SpfAbort Abort(SpfResultCode code, DomainName domain, int depth, string? term, string reason)
    {
        Trace(depth, domain, term, code.ToRfcName() + ": " + reason);
        return new SpfAbort(code, reason);
    }

    private void Trace(int depth, DomainName domain, string? term, string message) =>
        _trace.Add(new SpfTraceEntry(depth, domain, term, message));

    /// <summary>What one record's evaluation gave; <see cref="Term"/> is the term that decided it.</summary>
    private sealed record Outcome(SpfResultCode Code, string? Explanation, string? Reason, DomainName? Domain, SpfTerm? Term)
    {
        public static Outcome None(string reason) => new(SpfResultCode.None, null, reason, null, null);
    }
}

/// <summary>An error that ends check_host(): permerror or temperror, with why.</summary>
internal sealed class SpfAbort : Exception
{
    public SpfAbort(SpfResultCode code, string reason)
        : base(reason) => Code = code;

    public SpfResultCode Code { get; }
}
