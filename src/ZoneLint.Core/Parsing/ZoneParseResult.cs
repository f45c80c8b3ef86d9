using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Parsing;

/// <summary>What a zone file (and the files it includes) loads as, and every syntax finding on the way.</summary>
public sealed class ZoneParseResult
{
    internal ZoneParseResult(
        DomainName origin, IReadOnlyList<ResourceRecord> records, DiagnosticBag diagnostics,
        IReadOnlyList<SourceText> files, IReadOnlyList<Comment> comments, IReadOnlyList<TtlDirective> ttlDirectives)
    {
        Origin = origin;
        Records = records;
        Diagnostics = diagnostics;
        Files = files;
        Comments = comments;
        TtlDirectives = ttlDirectives;
    }

    /// <summary>The zone's apex: the origin the top file starts with, or its first $ORIGIN if that precedes every record.</summary>
    public DomainName Origin { get; }

    public IReadOnlyList<ResourceRecord> Records { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The top file first, then each included file in the order it was read.</summary>
    public IReadOnlyList<SourceText> Files { get; }

    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>Every $TTL directive, in the order read.</summary>
    public IReadOnlyList<TtlDirective> TtlDirectives { get; }

    /// <summary>How long reading took: the rules get what is left of <see cref="ParseOptions.TimeLimit"/>.</summary>
    internal System.TimeSpan ParseTime { get; init; }

    /// <summary>The time limit ended the parse (ZL9003 says where), so no rule runs on the partial zone.</summary>
    internal bool OutOfTime { get; init; }
}

/// <summary>A `$TTL` directive: the value and the token it was written as.</summary>
public sealed record TtlDirective(Token Token, uint Value);
