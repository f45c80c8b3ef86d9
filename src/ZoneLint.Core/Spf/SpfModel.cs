using System.Collections.Generic;
using System.Linq;
using System.Net;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Spf;

/// <summary>RFC 7208 §4.6.2 qualifiers.</summary>
public enum SpfQualifier
{
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

/// <summary>RFC 7208 §5 mechanisms.</summary>
public enum SpfMechanismKind
{
    All,
    Include,
    A,
    Mx,
    Ptr,
    Ip4,
    Ip6,
    Exists,
}

/// <summary>One term of a record: where it stands in the joined text and, for a zone record, in the file.</summary>
public abstract class SpfTerm
{
    protected SpfTerm(string text, int start, int end, SourceSpan? span)
    {
        Text = text;
        Start = start;
        End = end;
        Span = span;
    }

    /// <summary>The term as written, e.g. `~include:_spf.google.com`.</summary>
    public string Text { get; }

    /// <summary>Offsets in <see cref="SpfRecord.Text"/>.</summary>
    public int Start { get; }

    public int End { get; }

    /// <summary>Where the term is written in the zone file, even when it is split across strings and lines.</summary>
    public SourceSpan? Span { get; }

    public override string ToString() => Text;
}

/// <summary>A mechanism (RFC 7208 §5) with its qualifier, its domain-spec and its CIDR lengths.</summary>
public sealed class SpfMechanism : SpfTerm
{
    public SpfMechanism(
        string text, int start, int end, SourceSpan? span, SpfQualifier qualifier, bool qualifierWritten,
        SpfMechanismKind kind, SpfMacroString? domainSpec, IPAddress? network, int? ip4Prefix, int? ip6Prefix)
        : base(text, start, end, span)
    {
        Qualifier = qualifier;
        QualifierWritten = qualifierWritten;
        Kind = kind;
        DomainSpec = domainSpec;
        Network = network;
        Ip4Prefix = ip4Prefix;
        Ip6Prefix = ip6Prefix;
    }

    public SpfQualifier Qualifier { get; }

    /// <summary>The qualifier was written (`+all`), not implied (`all`).</summary>
    public bool QualifierWritten { get; }

    public SpfMechanismKind Kind { get; }

    /// <summary>The target of include, exists, and of a, mx, ptr when one is written; null: the current domain.</summary>
    public SpfMacroString? DomainSpec { get; }

    /// <summary>The address of ip4 and ip6.</summary>
    public IPAddress? Network { get; }

    /// <summary>The ip4-cidr-length (ip4, a, mx); null when not written.</summary>
    public int? Ip4Prefix { get; }

    /// <summary>The ip6-cidr-length (ip6, a, mx); null when not written.</summary>
    public int? Ip6Prefix { get; }

    /// <summary>RFC 7208 §4.6.4: include, a, mx, ptr and exists each cost one DNS lookup.</summary>
    public bool CostsLookup => Kind is SpfMechanismKind.Include or SpfMechanismKind.A or SpfMechanismKind.Mx
        or SpfMechanismKind.Ptr or SpfMechanismKind.Exists;
}

/// <summary>A modifier (RFC 7208 §6): redirect, exp, or an unknown one (which is ignored).</summary>
public sealed class SpfModifier : SpfTerm
{
    public SpfModifier(string text, int start, int end, SourceSpan? span, string name, SpfMacroString value)
        : base(text, start, end, span)
    {
        Name = name;
        Value = value;
    }

    /// <summary>Lower-cased name.</summary>
    public string Name { get; }

    public SpfMacroString Value { get; }

    public bool IsRedirect => Name == "redirect";

    public bool IsExp => Name == "exp";
}

/// <summary>A macro-string (RFC 7208 §7.1): literal text and macros such as `%{ir}`.</summary>
public sealed class SpfMacroString
{
    public SpfMacroString(string text, IReadOnlyList<SpfMacroPart> parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<SpfMacroPart> Parts { get; }

    /// <summary>Holds a macro whose value depends on the message (so a lookup target cannot be known in advance).</summary>
    public bool HasMacros => Parts.Any(p => p is SpfMacro);

    public override string ToString() => Text;
}

public abstract record SpfMacroPart;

/// <summary>Literal text; `%%`, `%_` and `%-` are already decoded to `%`, space and `%20`.</summary>
public sealed record SpfLiteral(string Text) : SpfMacroPart;

/// <summary>`%{letter digits r delimiters}`; an upper-case letter means URL-escape the result (§7.3).</summary>
public sealed record SpfMacro(char Letter, bool UrlEscape, int? Digits, bool Reverse, string Delimiters) : SpfMacroPart;

/// <summary>Why part of a record is not valid SPF (the record then yields permerror).</summary>
public sealed record SpfSyntaxError(int Start, int End, SourceSpan? Span, string Message);

/// <summary>A parsed SPF record: its terms in order and any syntax errors.</summary>
public sealed class SpfRecord
{
    public SpfRecord(SpfText text, IReadOnlyList<SpfTerm> terms, IReadOnlyList<SpfSyntaxError> errors)
    {
        Text = text;
        Terms = terms;
        Errors = errors;
    }

    public SpfText Text { get; }

    public IReadOnlyList<SpfTerm> Terms { get; }

    public IReadOnlyList<SpfSyntaxError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public IEnumerable<SpfMechanism> Mechanisms => Terms.OfType<SpfMechanism>();

    public SpfModifier? Redirect => FirstModifier("redirect");

    public SpfModifier? Exp => FirstModifier("exp");

    /// <summary>The first mechanism of <paramref name="kind"/> (e.g. the `all` that ends evaluation), or null.</summary>
    public SpfMechanism? FirstMechanism(SpfMechanismKind kind)
    {
        for (int i = 0; i < Terms.Count; i++)
        {
            if (Terms[i] is SpfMechanism mechanism && mechanism.Kind == kind) return mechanism;
        }
        return null;
    }

    private SpfModifier? FirstModifier(string name)
    {
        for (int i = 0; i < Terms.Count; i++)
        {
            if (Terms[i] is SpfModifier modifier && modifier.Name == name) return modifier;
        }
        return null;
    }
}
