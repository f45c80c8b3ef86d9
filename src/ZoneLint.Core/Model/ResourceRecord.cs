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

/// <summary>
/// One resource record as the server will load it, with where its text is. Every record of a zone stays in memory to
/// the end of a check, so it keeps offsets into its <see cref="SourceText"/>, not tokens or spans: a span is built
/// when a rule or a finding asks for one.
/// </summary>
public sealed class ResourceRecord
{
    private readonly int _start;
    private readonly int _end;
    private readonly int _ownerStart; // -1: the owner is inherited from the previous record
    private readonly int _ownerEnd;
    private readonly int _ttlStart; // -1: no TTL written
    private readonly int _ttlEnd;
    private readonly int _typeStart;
    private readonly int _typeEnd;
    private readonly GeneratedText? _generatedText; // $GENERATE: the owner and TTL as expanded, not as in the file

    public ResourceRecord(
        DomainName owner, Token? ownerToken, bool ownerWasRelative, uint ttl, TtlSource ttlSource, Token? ttlToken,
        ushort @class, ushort type, Token typeToken, RdataResult rdata,
        SourceText source, int start, int end, DomainName origin, bool generated)
    {
        Owner = owner;
        OwnerWasRelative = ownerWasRelative;
        Ttl = ttl;
        TtlSource = ttlSource;
        Class = @class;
        Type = type;
        Rdata = rdata;
        Source = source;
        _start = start;
        _end = end;
        (_ownerStart, _ownerEnd) = ownerToken is { } o ? (o.Start, o.End) : (-1, -1);
        (_ttlStart, _ttlEnd) = ttlToken is { } t ? (t.Start, t.End) : (-1, -1);
        (_typeStart, _typeEnd) = (typeToken.Start, typeToken.End);
        Origin = origin;
        Generated = generated;
        if (generated) _generatedText = new GeneratedText(ownerToken?.Text, ttlToken?.Text);
    }

    public DomainName Owner { get; }

    /// <summary>The owner was written in the entry; false when the line starts with white space and the owner is inherited.</summary>
    public bool HasOwnerText => _ownerStart >= 0;

    /// <summary>The owner as written; null when it is inherited.</summary>
    public string? OwnerText => _ownerStart < 0 ? null : _generatedText?.Owner ?? Text(_ownerStart, _ownerEnd);

    /// <summary>The owner was written without a trailing dot, so the origin was appended.</summary>
    public bool OwnerWasRelative { get; }

    public uint Ttl { get; }

    public TtlSource TtlSource { get; }

    /// <summary>The TTL as written in the record; null when none was.</summary>
    public string? TtlText => _ttlStart < 0 ? null : _generatedText?.Ttl ?? Text(_ttlStart, _ttlEnd);

    /// <summary>Where the TTL is written; null when the record has none.</summary>
    public SourceSpan? TtlSpan => _ttlStart < 0 ? null : Source.Span(_ttlStart, _ttlEnd);

    public ushort Class { get; }

    public ushort Type { get; }

    /// <summary>Where the type is written.</summary>
    public SourceSpan TypeSpan => Source.Span(_typeStart, _typeEnd);

    public RdataResult Rdata { get; }

    /// <summary>The file the record was read from.</summary>
    public SourceText Source { get; }

    /// <summary>The whole entry, across lines for a record in parentheses.</summary>
    public SourceSpan Span => Source.Span(_start, _end);

    /// <summary>The origin in force when the record was read.</summary>
    public DomainName Origin { get; }

    /// <summary>Made by $GENERATE; the spans point at the directive.</summary>
    public bool Generated { get; }

    /// <summary>Where a finding about the owner should point: the owner as written, else the start of the entry.</summary>
    public SourceSpan OwnerSpan => _ownerStart < 0 ? Span : Source.Span(_ownerStart, _ownerEnd);

    public string TypeName => RRType.ToName(Type);

    /// <summary>RFC 7505: `MX 0 .`, a domain that accepts no mail: the exchange, after the preference, is the root.</summary>
    public bool IsNullMx => Type == RRType.MX && Rdata.Wire is { Length: 3 } wire && wire[2] == 0;

    public override string ToString() => $"{Owner} {Ttl} {RRClass.ToName(Class)} {TypeName}";

    private string Text(int start, int end) => Source.Text.Substring(start, end - start);

    private sealed class GeneratedText
    {
        public GeneratedText(string? owner, string? ttl)
        {
            Owner = owner;
            Ttl = ttl;
        }

        public string? Owner { get; }

        public string? Ttl { get; }
    }
}
