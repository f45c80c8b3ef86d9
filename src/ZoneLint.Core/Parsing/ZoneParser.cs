using System.Collections.Generic;
using System.IO;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Parsing;

/// <summary>
/// Reads a master file as BIND does (RFC 1035 §5 with BIND's extensions): directives, owner, TTL and class
/// inheritance, $INCLUDE and $GENERATE. Each bad entry is reported and skipped, so one run finds every mistake.
/// See docs/zone-file-dialect.md for the decisions.
/// </summary>
public sealed partial class ZoneParser
{
    private readonly ParseOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<ResourceRecord> _records = new();
    private readonly List<SourceText> _files = new();
    private readonly List<Comment> _comments = new();
    private readonly List<string> _includeStack = new();
    private readonly List<TtlDirective> _ttlDirectives = new();
    private readonly string? _includeRoot;
    private readonly NameTable _names = new();
    private readonly TextRdataReader _rdataReader;
    private readonly TimeBudget _budget;

    private DomainName _origin;
    private DomainName _apex;
    private uint? _defaultTtl;
    private uint? _lastTtl;
    private DomainName? _lastOwner;
    private ushort? _lastClass;

    private ZoneParser(ParseOptions options, string topPath)
    {
        _options = options;
        _origin = options.Origin;
        _apex = options.Origin;
        _defaultTtl = options.DefaultTtl;
        _rdataReader = new TextRdataReader(_names);
        _budget = new TimeBudget(options.TimeLimit, options.Cancellation);
        string? root = options.IncludeRoot ?? Path.GetDirectoryName(options.FileSystem.GetFullPath(topPath));
        _includeRoot = root == null ? null : options.FileSystem.GetFullPath(root);
    }

    /// <summary>Reads a zone file from <see cref="ParseOptions.FileSystem"/>. An unreadable file is a ZL1004 finding at line 1.</summary>
    public static ZoneParseResult ParseFile(string path, ParseOptions options)
    {
        var parser = new ZoneParser(options, path);
        string? error = parser.ReadWithinLimits(path, out string text);
        if (error != null)
        {
            var empty = new SourceText(path, string.Empty);
            parser._diagnostics.Report(RuleCatalog.IncludeFailure, empty.Span(0, 0), $"cannot read '{path}': {error}");
            return parser.Result();
        }
        parser.Load(new SourceText(path, text));
        return parser.Result();
    }

    public static ZoneParseResult ParseText(string path, string text, ParseOptions options)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        var parser = new ZoneParser(options, path);
        parser.LoadWithinLimits(path, text);
        return parser.Result();
    }

    private ZoneParseResult Result() =>
        new(_apex, _records, _diagnostics, _files, _comments, _ttlDirectives) { ParseTime = _budget.Elapsed, OutOfTime = _outOfTime };

    private void Load(SourceText source)
    {
        _files.Add(source);
        _includeStack.Add(_options.FileSystem.GetFullPath(source.Path));
        var lexer = new ZoneLexer(source, _diagnostics) { MaxTokenLength = _options.MaxTokenLength, MaxEntryLength = _options.MaxEntryLength };
        foreach (var entry in lexer.ReadAll())
        {
            if (MustStop(entry)) break;
            if (entry.HasLexicalError)
            {
                RememberOwner(entry);
                continue;
            }
            if (!entry.StartsWithBlank && entry.Tokens[0].Kind == TokenKind.Word && entry.Tokens[0].Text.StartsWith("$"))
                ReadDirective(entry);
            else
                ReadRecord(entry, entry.Tokens, generated: false);
        }
        _comments.AddRange(lexer.Comments);
        _includeStack.RemoveAt(_includeStack.Count - 1);
    }

    /// <summary>A skipped entry still names the owner that the lines after it inherit, as BIND reads it.</summary>
    private void RememberOwner(ZoneEntry entry)
    {
        var first = entry.Tokens[0];
        if (entry.StartsWithBlank || first.IsQuoted || first.Text.StartsWith("$")) return;
        if (DomainName.TryParse(first.Text, _origin, out var owner) == null) _lastOwner = owner;
    }

    private void ReadDirective(ZoneEntry entry)
    {
        var tokens = entry.Tokens;
        string name = tokens[0].Text.ToUpperInvariant();
        switch (name)
        {
            case "$ORIGIN":
                if (!ExpectArguments(tokens, 1, 1, "$ORIGIN takes one domain name")) return;
                if (!TryName(tokens[1], "origin", out var origin, out _)) return;
                _origin = origin!;
                // A $ORIGIN before the first record names the zone when the origin given was only a guess.
                if (_options.OriginIsGuess && _records.Count == 0 && _includeStack.Count == 1 && !origin!.IsRoot) _apex = origin;
                return;
            case "$TTL":
                if (!ExpectArguments(tokens, 1, 1, "$TTL takes one TTL")) return;
                if (TryTtl(tokens[1], out uint ttl))
                {
                    _defaultTtl = ttl;
                    _ttlDirectives.Add(new TtlDirective(tokens[1], ttl));
                }
                return;
            case "$INCLUDE":
                if (!ExpectArguments(tokens, 1, 2, "$INCLUDE takes a file name and an optional origin")) return;
                Include(entry, tokens);
                return;
            case "$GENERATE":
                Generate(entry);
                return;
            default:
                Report(RuleCatalog.MalformedEntry, tokens[0].Span,
                    $"unknown directive '{tokens[0].Text}': BIND knows $ORIGIN, $TTL, $INCLUDE and $GENERATE");
                return;
        }
    }

    private bool ExpectArguments(IReadOnlyList<Token> tokens, int min, int max, string usage)
    {
        int count = tokens.Count - 1;
        if (count < min)
        {
            Report(RuleCatalog.MalformedEntry, tokens[0].Span, $"missing argument: {usage}");
            return false;
        }
        if (count > max)
        {
            Report(RuleCatalog.MalformedEntry, tokens[max + 1].Span.Union(tokens[tokens.Count - 1].Span),
                $"trailing text after {tokens[0].Text}: {usage}");
            return false;
        }
        return true;
    }

    private void Include(ZoneEntry entry, IReadOnlyList<Token> tokens)
    {
        var fileToken = tokens[1];
        DomainName includeOrigin = _origin;
        if (tokens.Count > 2 && !TryName(tokens[2], "origin", out includeOrigin!, out _)) return;

        string? path = ResolveInclude(entry.Source.Path, fileToken);
        if (path == null) return;

        var fs = _options.FileSystem;
        string full = fs.GetFullPath(path);
        if (_includeStack.Contains(full))
        {
            Report(RuleCatalog.IncludeFailure, fileToken.Span, $"include cycle: '{fileToken.Text}' is already being read");
            return;
        }
        if (_includeStack.Count > _options.MaxIncludeDepth)
        {
            Report(RuleCatalog.IncludeFailure, fileToken.Span, $"$INCLUDE nested deeper than {_options.MaxIncludeDepth} files");
            return;
        }
        if (_files.Count >= _options.MaxIncludedFiles)
        {
            Report(RuleCatalog.IncludeFailure, fileToken.Span, $"$INCLUDE would read more than {_options.MaxIncludedFiles} files for this zone");
            return;
        }
        string? error = ReadWithinLimits(path, out string text);
        if (error != null)
        {
            Report(RuleCatalog.IncludeFailure, fileToken.Span, $"cannot include '{fileToken.Text}': {error}");
            return;
        }

        // RFC 1035 §5.1: the included file may change the origin, but the parent's origin is restored after it.
        var savedOrigin = _origin;
        var savedOwner = _lastOwner;
        _origin = includeOrigin;
        Load(new SourceText(path, text));
        _origin = savedOrigin;
        _lastOwner = savedOwner; // BIND restores the owner too: a blank-owner line after $INCLUDE continues the parent's

    }

    /// <summary>
    /// A relative path is looked up beside the including file, then in the include root (BIND resolves it against
    /// its working directory, which is usually the root of the zone tree). The result must stay inside the root.
    /// </summary>
    private string? ResolveInclude(string includingPath, Token fileToken)
    {
        var fs = _options.FileSystem;
        string name = fileToken.Text;
        var candidates = new List<string>();
        if (Path.IsPathRooted(name))
        {
            candidates.Add(name);
        }
        else
        {
            string? folder = Path.GetDirectoryName(includingPath);
            candidates.Add(string.IsNullOrEmpty(folder) ? name : Path.Combine(folder, name));
            if (_includeRoot != null) candidates.Add(Path.Combine(_includeRoot, name));
        }

        string? firstInside = null;
        foreach (var candidate in candidates)
        {
            if (!IsInsideRoot(fs.GetFullPath(candidate))) continue;
            if (FileExists(candidate)) return candidate;
            firstInside ??= candidate;
        }
        if (firstInside == null)
        {
            Report(RuleCatalog.IncludeFailure, fileToken.Span,
                $"'{name}' leads outside the include root; set includeRoot in zonelint.json to allow it");
            return null;
        }
        // Not found anywhere: the read reports it against the first place looked in.
        return firstInside;
    }

    private bool IsInsideRoot(string fullPath)
    {
        if (_includeRoot == null) return true;
        string root = _includeRoot.EndsWith(Path.DirectorySeparatorChar.ToString()) ? _includeRoot : _includeRoot + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(root, System.StringComparison.Ordinal) || fullPath == _includeRoot;
    }

    private void ReadRecord(ZoneEntry entry, IReadOnlyList<Token> tokens, bool generated)
    {
        int i = 0;
        DomainName? owner;
        Token? ownerToken = null;
        bool ownerWasRelative = false;
        if (!entry.StartsWithBlank || generated)
        {
            var written = tokens[0];
            ownerToken = written;
            i = 1;
            if (written.IsQuoted)
            {
                Report(RuleCatalog.MalformedEntry, written.Span, "an owner name cannot be a quoted string");
                return;
            }
            if (!TryName(written, "owner name", out owner, out ownerWasRelative)) return;
            _lastOwner = owner;
        }
        else
        {
            owner = _lastOwner;
            if (owner == null)
            {
                Report(RuleCatalog.MalformedEntry, entry.Span,
                    "the first record starts with white space, so it has no owner to inherit; write the owner (or @) at the start of the line");
                return;
            }
        }

        Token? ttlToken = null;
        uint ttl = 0;
        ushort? @class = null;
        // TTL and class may come in either order (RFC 1035 §5.1), at most one of each.
        for (int first = i; i < tokens.Count && i < first + 2; i++)
        {
            var token = tokens[i];
            if (token.IsQuoted) break;
            if (ttlToken == null && Ttl.LooksLikeTtl(token.Text))
            {
                ttlToken = token;
                if (!TryTtl(token, out ttl)) return;
                continue;
            }
            if (@class == null && RRClass.TryParse(token.Text, out ushort parsedClass))
            {
                @class = parsedClass;
                continue;
            }
            break;
        }

        if (i >= tokens.Count)
        {
            var last = tokens[tokens.Count - 1];
            Report(RuleCatalog.MalformedEntry, last.Span, "missing type: the record ends before its type (A, MX, TXT, ...)");
            return;
        }
        var typeToken = tokens[i];
        if (typeToken.IsQuoted || !RRType.TryParse(typeToken.Text, out ushort type))
        {
            Report(RuleCatalog.MalformedEntry, typeToken.Span, DescribeUnknownType(typeToken));
            return;
        }
        if (RRType.IsMeta(type))
        {
            Report(RuleCatalog.MalformedEntry, typeToken.Span,
                $"type {RRType.ToName(type)} is a meta type (RFC 6895 §3.1) and cannot appear in a zone file");
            return;
        }

        var rdataTokens = Slice(tokens, i + 1);
        RdataResult rdata;
        try
        {
            rdata = RdataParser.Parse(type, rdataTokens, _origin, entry.Source, typeToken.End, _rdataReader);
        }
        catch (RdataException e)
        {
            Report(e.Rule, e.Span, e.Message);
            return;
        }
        if (type == RRType.SVCB && rdataTokens.Count > 0 && SvcbType.DnsMappingError(owner!, rdata.Wire) is { } svcbError)
        {
            Report(RuleCatalog.MalformedEntry, rdataTokens[0].Span.Union(rdataTokens[rdataTokens.Count - 1].Span), svcbError);
            return;
        }

        ushort recordClass = @class ?? _lastClass ?? _options.DefaultClass;
        _lastClass = recordClass;
        if (recordClass != _options.DefaultClass)
        {
            Report(RuleCatalog.MalformedEntry, @class != null ? tokens[IndexOfClass(tokens, i)].Span : typeToken.Span,
                $"class {RRClass.ToName(recordClass)} does not match the zone's class {RRClass.ToName(_options.DefaultClass)}");
        }

        if (!RoomForRecord(entry.Span)) return;
        var ttlSource = ResolveTtl(ttlToken != null, type, rdata, ref ttl);
        var span = entry.Span;
        _records.Add(new ResourceRecord(owner!, ownerToken, ownerWasRelative, ttl, ttlSource, ttlToken, recordClass, type,
            typeToken, rdata, entry.Source, span.Start, span.End, _origin, generated));
    }

    private static int IndexOfClass(IReadOnlyList<Token> tokens, int typeIndex)
    {
        for (int j = typeIndex - 1; j >= 0; j--)
        {
            if (RRClass.TryParse(tokens[j].Text, out _)) return j;
        }
        return typeIndex;
    }

    private TtlSource ResolveTtl(bool isExplicit, ushort type, RdataResult rdata, ref uint ttl)
    {
        if (isExplicit)
        {
            _lastTtl = ttl;
            return TtlSource.Explicit;
        }
        if (_defaultTtl.HasValue)
        {
            ttl = _defaultTtl.Value;
            return TtlSource.DefaultTtl;
        }
        if (_lastTtl.HasValue)
        {
            ttl = _lastTtl.Value;
            return TtlSource.PreviousRecord;
        }
        if (type == RRType.SOA && rdata.Wire.Length >= 20)
        {
            var w = rdata.Wire;
            int n = w.Length - 4;
            ttl = (uint)(w[n] << 24 | w[n + 1] << 16 | w[n + 2] << 8 | w[n + 3]);
            // BIND then takes the SOA minimum as the default TTL for the rest of the zone, as if $TTL had set it.
            _defaultTtl = ttl;
            return TtlSource.SoaMinimum;
        }
        ttl = 0;
        return TtlSource.None;
    }

    private static string DescribeUnknownType(Token token)
    {
        if (token.IsQuoted) return $"expected a type (A, MX, TXT, ...) but found the quoted string {token}";
        if (Ttl.LooksLikeTtl(token.Text)) return $"unexpected '{token.Text}' where the type belongs: a record has at most one TTL";
        if (RRClass.TryParse(token.Text, out _)) return $"unexpected '{token.Text}' where the type belongs: a record has at most one class";
        return $"unknown type '{token.Text}': write a type mnemonic (A, AAAA, MX, TXT, ...) or TYPEnnn (RFC 3597)";
    }

    private bool TryName(Token token, string what, out DomainName? name, out bool wasRelative)
    {
        name = null;
        wasRelative = false;
        string? error = token.IsQuoted
            ? "a domain name cannot be a quoted string"
            : _names.TryParse(token.Text, _origin, out name, out wasRelative);
        if (error == null) return true;
        Report(RuleCatalog.MalformedEntry, token.Span, $"invalid {what} '{token.Text}': {error}");
        return false;
    }

    private bool TryTtl(Token token, out uint ttl)
    {
        string? error = Ttl.TryParse(token.Text, out ttl);
        if (error == null) return true;
        Report(RuleCatalog.InvalidTtl, token.Span, "invalid TTL: " + error);
        return false;
    }

    private void Report(RuleDescriptor rule, SourceSpan span, string message) => _diagnostics.Report(rule, span, message);

    private static IReadOnlyList<Token> Slice(IReadOnlyList<Token> tokens, int start)
    {
        // The lexer's array, not a copy of its tail: the RDATA tokens are read once and not kept.
        if (tokens is Token[] array) return new System.ArraySegment<Token>(array, start, System.Math.Max(0, array.Length - start));
        var result = new Token[System.Math.Max(0, tokens.Count - start)];
        for (int j = 0; j < result.Length; j++) result[j] = tokens[start + j];
        return result;
    }
}
