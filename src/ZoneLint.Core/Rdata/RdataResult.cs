using System;
using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>The RDATA of one record: its wire form and the fields the rules look at, each with its token.</summary>
public sealed class RdataResult
{
    public RdataResult(byte[] wire, IReadOnlyList<NameField> names, IReadOnlyList<CharacterString> strings)
    {
        Wire = wire;
        Names = names;
        Strings = strings;
    }

    /// <summary>Uncompressed wire form (RFC 1035 §3.3), names not lower-cased.</summary>
    public byte[] Wire { get; }

    /// <summary>The domain-name fields (MX exchange, NS host, SOA MNAME/RNAME, SRV target, ...), in field order.</summary>
    public IReadOnlyList<NameField> Names { get; }

    /// <summary>The character-strings (TXT, SPF, HINFO, NAPTR, ...), in order.</summary>
    public IReadOnlyList<CharacterString> Strings { get; }
}

/// <summary>A domain name in RDATA. <see cref="WasRelative"/>: written without a trailing dot, so the origin was appended.</summary>
public sealed record NameField(string FieldName, Token Token, DomainName Name, bool WasRelative);

/// <summary>One character-string (RFC 1035 §3.3): the octets after escapes are decoded, and the token it came from.</summary>
public sealed record CharacterString(Token Token, byte[] Value)
{
    public bool WasQuoted => Token.IsQuoted;
}

/// <summary>A field of the RDATA that is not valid for its type. <see cref="Span"/> points at the offending text.</summary>
public sealed class RdataException : Exception
{
    public RdataException(SourceSpan span, string message, RuleDescriptor? rule = null)
        : base(message)
    {
        Span = span;
        Rule = rule ?? RuleCatalog.MalformedEntry;
    }

    public SourceSpan Span { get; }

    /// <summary>ZL1001, or ZL1003 for a character-string over 255 octets.</summary>
    public RuleDescriptor Rule { get; }
}
