using System.Collections.Generic;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Model;

/// <summary>Where a record's TTL came from; the rules about missing TTLs need to know.</summary>
public enum TtlSource
{
    /// <summary>Written in the record.</summary>
    Explicit,

    /// <summary>From the $TTL in force (RFC 2308 §4).</summary>
    DefaultTtl,

    /// <summary>No $TTL in force: the previous record's TTL (RFC 1035 §5.1 semantics).</summary>
    PreviousRecord,

    /// <summary>No $TTL and no earlier TTL: the SOA minimum field, as BIND does for the SOA itself.</summary>
    SoaMinimum,

    /// <summary>No TTL could be found at all (BIND rejects such a zone); the parse option's default was used.</summary>
    None,
}

/// <summary>One resource record as the server will load it, with the text it came from.</summary>
public sealed class ResourceRecord
{
    public ResourceRecord(
        DomainName owner, Token? ownerToken, bool ownerWasRelative, uint ttl, TtlSource ttlSource, Token? ttlToken,
        ushort @class, ushort type, Token typeToken, IReadOnlyList<Token> rdataTokens, RdataResult rdata,
        SourceSpan span, DomainName origin, bool generated)
    {
        Owner = owner;
        OwnerToken = ownerToken;
        OwnerWasRelative = ownerWasRelative;
        Ttl = ttl;
        TtlSource = ttlSource;
        TtlToken = ttlToken;
        Class = @class;
        Type = type;
        TypeToken = typeToken;
        RdataTokens = rdataTokens;
        Rdata = rdata;
        Span = span;
        Origin = origin;
        Generated = generated;
    }

    public DomainName Owner { get; }

    /// <summary>The owner as written; null when the line starts with white space and the owner is inherited.</summary>
    public Token? OwnerToken { get; }

    /// <summary>The owner was written without a trailing dot, so the origin was appended.</summary>
    public bool OwnerWasRelative { get; }

    public uint Ttl { get; }

    public TtlSource TtlSource { get; }

    public Token? TtlToken { get; }

    public ushort Class { get; }

    public ushort Type { get; }

    public Token TypeToken { get; }

    public IReadOnlyList<Token> RdataTokens { get; }

    public RdataResult Rdata { get; }

    /// <summary>The whole entry, across lines for a record in parentheses.</summary>
    public SourceSpan Span { get; }

    /// <summary>The origin in force when the record was read.</summary>
    public DomainName Origin { get; }

    /// <summary>Made by $GENERATE; the spans point at the directive.</summary>
    public bool Generated { get; }

    /// <summary>Where a finding about the owner should point: the owner token, else the start of the entry.</summary>
    public SourceSpan OwnerSpan => OwnerToken?.Span ?? Span;

    public string TypeName => RRType.ToName(Type);

    public override string ToString() => $"{Owner} {Ttl} {RRClass.ToName(Class)} {TypeName}";
}
