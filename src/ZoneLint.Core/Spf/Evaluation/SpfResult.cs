using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Spf.Evaluation;

/// <summary>The results of check_host() (RFC 7208 §2.6).</summary>
public enum SpfResultCode
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
}

/// <summary>What check_host() answered, why, and at what cost in DNS lookups.</summary>
public sealed class SpfResult
{
    public SpfResult(
        SpfResultCode code, string? explanation, string? reason, int lookups, int voidLookups,
        DomainName? matchedDomain, SpfTerm? matchedTerm, IReadOnlyList<SpfTraceEntry> trace)
    {
        Code = code;
        Explanation = explanation;
        Reason = reason;
        Lookups = lookups;
        VoidLookups = voidLookups;
        MatchedDomain = matchedDomain;
        MatchedTerm = matchedTerm;
        Trace = trace;
    }

    public SpfResultCode Code { get; }

    /// <summary>RFC 7208 §6.2: for <see cref="SpfResultCode.Fail"/> only, from exp= or the default explanation.</summary>
    public string? Explanation { get; }

    /// <summary>Why the result is none, permerror or temperror (for people; never sent in an SMTP reply).</summary>
    public string? Reason { get; }

    /// <summary>DNS-querying terms evaluated (RFC 7208 §4.6.4: include, a, mx, ptr, exists, redirect).</summary>
    public int Lookups { get; }

    /// <summary>Terms whose lookup returned NXDOMAIN or no records (RFC 7208 §4.6.4).</summary>
    public int VoidLookups { get; }

    /// <summary>The domain whose record held <see cref="MatchedTerm"/> (after any redirect).</summary>
    public DomainName? MatchedDomain { get; }

    /// <summary>The term that decided the result; null when none matched (default neutral, none, errors).</summary>
    public SpfTerm? MatchedTerm { get; }

    /// <summary>Each record read and each term evaluated, in order, includes indented by depth.</summary>
    public IReadOnlyList<SpfTraceEntry> Trace { get; }

    public override string ToString() => Code.ToRfcName();
}

/// <summary>One step of an evaluation: a record fetched, a term evaluated, an error met.</summary>
public sealed record SpfTraceEntry(int Depth, DomainName Domain, string? Term, string Message)
{
    public override string ToString() =>
        new string(' ', Depth * 2) + SpfNames.ToText(Domain) + ": " + (Term == null ? Message : Term + " → " + Message);
}

public static class SpfResultCodes
{
    /// <summary>The lower-case name RFC 7208 §2.6 uses (`softfail`, `permerror`).</summary>
    public static string ToRfcName(this SpfResultCode code) => code switch
    {
        SpfResultCode.None => "none",
        SpfResultCode.Neutral => "neutral",
        SpfResultCode.Pass => "pass",
        SpfResultCode.Fail => "fail",
        SpfResultCode.SoftFail => "softfail",
        SpfResultCode.TempError => "temperror",
        _ => "permerror",
    };

    internal static SpfResultCode ToResult(this SpfQualifier qualifier) => qualifier switch
    {
        SpfQualifier.Pass => SpfResultCode.Pass,
        SpfQualifier.Fail => SpfResultCode.Fail,
        SpfQualifier.SoftFail => SpfResultCode.SoftFail,
        _ => SpfResultCode.Neutral,
    };
}

/// <summary>Knobs of check_host(); the defaults are RFC 7208's.</summary>
public sealed class SpfEvaluatorOptions
{
    /// <summary>RFC 7208 §4.6.4: DNS-querying terms per evaluation.</summary>
    public int LookupLimit { get; set; } = 10;

    /// <summary>RFC 7208 §4.6.4: void lookups allowed; one more is permerror.</summary>
    public int VoidLookupLimit { get; set; } = 2;

    /// <summary>RFC 7208 §4.6.4: names an mx or ptr term may look up.</summary>
    public int NamesPerLookupLimit { get; set; } = 10;

    /// <summary>RFC 7208 §6.2: the explanation of a fail without a usable exp=; macros as in exp text.</summary>
    public string DefaultExplanation { get; set; } = "%{o} does not designate %{c} as a permitted sender";

    /// <summary>`%{r}` (RFC 7208 §7.2): the domain of the host doing the check.</summary>
    public string ReceivingDomain { get; set; } = "unknown";

    /// <summary>`%{t}`; null: the clock.</summary>
    public System.DateTimeOffset? Now { get; set; }
}
