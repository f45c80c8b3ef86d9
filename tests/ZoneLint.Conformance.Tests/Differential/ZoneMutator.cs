using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ZoneLint.Conformance.Tests.Differential;

/// <summary>One mutated zone: which operator made it, what it changed, and the new text.</summary>
public sealed record Mutation(int Index, string Operator, string Description, string Text);

/// <summary>
/// Makes deterministic, seeded mutations of a zone file for the differential test: the same seed text and seed
/// number always give the same mutations. Each operator makes one small, typical mistake (or a harmless rewrite
/// that must not change the verdict). Text is handled as Latin-1 so that every byte of the seed survives.
/// </summary>
public static class ZoneMutator
{
    private delegate string? Operator(ZoneScan zone, Random random, out string description);

    private static readonly (string Name, Operator Apply)[] Operators =
    {
        ("drop-trailing-dot", DropTrailingDot),
        ("drop-close-paren", DropCloseParen),
        ("drop-quote", DropQuote),
        ("ipv4-octet-256", Ipv4Octet256),
        ("cname-and-other-data", CnameAndOtherData),
        ("ttl-1hour", Ttl1Hour),
        ("label-64", Label64),
        ("stray-token", StrayToken),
        ("remove-soa", RemoveSoa),
        ("bogus-type", BogusType),
        ("generate-5-1", GenerateReversedRange),
        ("delete-record", DeleteRecord),
        ("second-soa", SecondSoa),
        ("class-ch", ClassChaos),
        ("truncate-rdata", TruncateRdata),
        ("unclosed-paren", UnclosedParen),
        ("empty-label", EmptyLabel),
        ("txt-256", Txt256),
        // Rewrites that keep the zone's meaning: the verdict must not change.
        ("swap-ttl-class", SwapTtlAndClass),
        ("case-flip", CaseFlip),
        ("generic-rdata", GenericRdata),
        ("ttl-units", TtlUnits),
        ("crlf", Crlf),
        ("label-63", Label63),
        ("wrap-in-parens", WrapInParens),
        ("trailing-comment", TrailingComment),
        ("escape-owner", EscapeOwner),
    };

    public static IReadOnlyList<string> OperatorNames => Operators.Select(o => o.Name).ToList();

    /// <summary>A stable seed for a name (string.GetHashCode is randomised per process).</summary>
    public static int StableSeed(string name)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in name) hash = (hash ^ c) * 16777619;
            return (int)(hash & 0x7FFFFFFF);
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> mutations of <paramref name="text"/>. Mutation k tries operator
    /// (offset + k) mod N first and moves on to the next operator when that one does not apply to the zone.
    /// </summary>
    public static IReadOnlyList<Mutation> Mutate(string text, int count, int seed)
    {
        var random = new Random(seed);
        var zone = ZoneScan.Read(text);
        var result = new List<Mutation>();
        int offset = random.Next(Operators.Length);
        for (int k = 0; k < count; k++)
        {
            for (int attempt = 0; attempt < Operators.Length; attempt++)
            {
                var (name, apply) = Operators[(offset + k + attempt) % Operators.Length];
                string? mutated = apply(zone, random, out string description);
                if (mutated == null || mutated == text) continue;
                result.Add(new Mutation(k, name, description, mutated));
                break;
            }
        }
        return result;
    }

    // ---- operators -------------------------------------------------------------------------------------------

    private static string? DropTrailingDot(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Entries.SelectMany(e => e.Tokens.Skip(e.IsDirective ? 1 : 0)
                .Where(t => !t.Quoted && t.Text.Length > 1 && t.Text.EndsWith(".", StringComparison.Ordinal)
                    && !t.Text.EndsWith("\\.", StringComparison.Ordinal)))
            .ToList();
        var t = Pick(candidates, r);
        d = t == null ? "" : $"line {z.Line(t.Start)}: '{t.Text}' -> '{t.Text[..^1]}'";
        return t == null ? null : z.Splice(t.End - 1, t.End, "");
    }

    private static string? DropCloseParen(ZoneScan z, Random r, out string d)
    {
        if (z.CloseParens.Count == 0) { d = ""; return null; }
        int at = z.CloseParens[r.Next(z.CloseParens.Count)];
        d = $"line {z.Line(at)}: deleted ')'";
        return z.Splice(at, at + 1, "");
    }

    private static string? DropQuote(ZoneScan z, Random r, out string d)
    {
        if (z.Quotes.Count == 0) { d = ""; return null; }
        int at = z.Quotes[r.Next(z.Quotes.Count)];
        d = $"line {z.Line(at)}: deleted '\"'";
        return z.Splice(at, at + 1, "");
    }

    private static readonly Regex Ipv4 = new(@"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$", RegexOptions.CultureInvariant);

    private static string? Ipv4Octet256(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Records.SelectMany(e => e.Rdata).Where(t => !t.Quoted && Ipv4.IsMatch(t.Text)).ToList();
        var t = Pick(candidates, r);
        if (t == null) { d = ""; return null; }
        var parts = t.Text.Split('.');
        parts[r.Next(4)] = "256";
        string replacement = string.Join(".", parts);
        d = $"line {z.Line(t.Start)}: '{t.Text}' -> '{replacement}'";
        return z.Splice(t.Start, t.End, replacement);
    }

    private static string? CnameAndOtherData(ZoneScan z, Random r, out string d)
    {
        var cnames = z.Records.Where(e => e.Type == "CNAME").ToList();
        if (cnames.Count > 0)
        {
            var e = Pick(cnames, r)!;
            string owner = e.StartsWithBlank ? "\t" : e.Tokens[0].Text + "\t";
            d = $"line {z.Line(e.Start)}: added an A record beside the CNAME of {(e.StartsWithBlank ? "(inherited owner)" : e.Tokens[0].Text)}";
            return z.InsertAfter(e, owner + "A\t192.0.2.77");
        }
        var others = z.Records.Where(e => !e.StartsWithBlank && e.Type is "A" or "AAAA" or "TXT" or "MX").ToList();
        var o = Pick(others, r);
        if (o == null) { d = ""; return null; }
        d = $"line {z.Line(o.Start)}: added a CNAME beside the {o.Type} of {o.Tokens[0].Text}";
        return z.InsertAfter(o, o.Tokens[0].Text + "\tCNAME\talias-target");
    }

    private static string? Ttl1Hour(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Entries.Where(e => e.DirectiveName == "$TTL" && e.Tokens.Count > 1).Select(e => e.Tokens[1])
            .Concat(z.Records.Where(e => e.TtlIndex >= 0).Select(e => e.Tokens[e.TtlIndex])).ToList();
        var t = Pick(candidates, r);
        d = t == null ? "" : $"line {z.Line(t.Start)}: TTL '{t.Text}' -> '1hour'";
        return t == null ? null : z.Splice(t.Start, t.End, "1hour");
    }

    private static string? Label64(ZoneScan z, Random r, out string d) => LongLabel(z, r, 64, out d);

    /// <summary>
    /// The boundary case: a new record whose owner has a label of exactly 63 octets (valid). It is added rather than
    /// made by renaming an owner, so that no NS or MX target loses its address records on the way (label-64, a
    /// mistake, renames an owner: that zone is invalid either way).
    /// </summary>
    private static string? Label63(ZoneScan z, Random r, out string d)
    {
        // Before a later record that names its own owner, so that no owner-less line inherits the new owner.
        var e = Pick(z.Records.Skip(1).Where(x => !x.StartsWithBlank).ToList(), r);
        if (e == null) { d = ""; return null; }
        d = $"line {z.Line(e.Start)}: added a record owned by a 63-octet label before it";
        return z.Splice(e.Start, e.Start, new string('l', 63) + "\tTXT\t\"label of 63 octets\"\n");
    }

    private static string? LongLabel(ZoneScan z, Random r, int length, out string d)
    {
        var e = Pick(z.Records.Where(x => !x.StartsWithBlank && x.Type != "SOA").ToList(), r);
        if (e == null) { d = ""; return null; }
        var t = e.Tokens[0];
        string label = new string('l', length);
        string owner = t.Text switch
        {
            "@" => label,
            "." => label + ".",
            _ => label + "." + t.Text,
        };
        d = $"line {z.Line(t.Start)}: owner '{t.Text}' gets a {length}-octet label";
        return z.Splice(t.Start, t.End, owner);
    }

    private static string? StrayToken(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Rdata.Count > 0).ToList(), r);
        if (e == null) { d = ""; return null; }
        var last = e.Tokens[^1];
        d = $"line {z.Line(last.Start)}: appended 'stray' to the {e.Type} record";
        return z.Splice(last.End, last.End, " stray");
    }

    private static string? RemoveSoa(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Type == "SOA").ToList(), r);
        if (e == null) { d = ""; return null; }
        d = $"line {z.Line(e.Start)}: removed the SOA record";
        return z.Splice(e.Start, e.End, "");
    }

    private static readonly string[] BogusMnemonics = { "AAAAA", "MXX", "TXTT", "CNAM", "SRVV", "NSS" };

    private static string? BogusType(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.ToList(), r);
        if (e == null) { d = ""; return null; }
        var t = e.Tokens[e.TypeIndex];
        string bogus = BogusMnemonics[r.Next(BogusMnemonics.Length)];
        d = $"line {z.Line(t.Start)}: type '{t.Text}' -> '{bogus}'";
        return z.Splice(t.Start, t.End, bogus);
    }

    private static string? GenerateReversedRange(ZoneScan z, Random r, out string d)
    {
        if (z.Entries.Count == 0) { d = ""; return null; }
        var e = z.Entries[r.Next(z.Entries.Count)];
        d = $"line {z.Line(e.Start)}: inserted '$GENERATE 5-1 host$ A 192.0.2.$' before it";
        return z.Splice(e.Start, e.Start, "$GENERATE 5-1 host$ A 192.0.2.$\n");
    }

    private static string? DeleteRecord(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Type != "SOA").ToList(), r);
        if (e == null) { d = ""; return null; }
        d = $"line {z.Line(e.Start)}: deleted the {e.Type} record";
        return z.Splice(e.Start, e.End, "");
    }

    private static string? SecondSoa(ZoneScan z, Random r, out string d)
    {
        var e = z.Records.FirstOrDefault(x => x.Type == "SOA" && x.Rdata.Count >= 3);
        if (e == null) { d = ""; return null; }
        var serial = e.Rdata.Where(t => !t.Quoted && t.Text.All(char.IsDigit)).FirstOrDefault();
        if (serial == null) { d = ""; return null; }
        string owner = e.StartsWithBlank ? "\t" : e.Tokens[0].Text;
        string copy = z.Text.Substring(e.Start, e.End - e.Start);
        // The copy gets another serial, so that it is a second SOA, not a duplicate of the first.
        int at = serial.Start - e.Start;
        string changed = copy.Substring(0, at) + (serial.Text == "1" ? "2" : "1") + copy.Substring(at + serial.Text.Length);
        if (e.StartsWithBlank) changed = owner + changed.TrimStart(' ', '\t');
        d = $"line {z.Line(e.Start)}: added a second SOA (another serial) after the first";
        return z.InsertAfter(e, changed.TrimEnd('\n', '\r'));
    }

    private static string? ClassChaos(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.ToList(), r);
        if (e == null) { d = ""; return null; }
        if (e.ClassIndex >= 0)
        {
            var c = e.Tokens[e.ClassIndex];
            d = $"line {z.Line(c.Start)}: class '{c.Text}' -> 'CH'";
            return z.Splice(c.Start, c.End, "CH");
        }
        var t = e.Tokens[e.TypeIndex];
        d = $"line {z.Line(t.Start)}: inserted class 'CH' before the type";
        return z.Splice(t.Start, t.Start, "CH ");
    }

    private static string? TruncateRdata(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Rdata.Count > 0).ToList(), r);
        if (e == null) { d = ""; return null; }
        var last = e.Rdata[^1];
        d = $"line {z.Line(last.Start)}: removed the last RDATA field '{Short(last.Text)}' of the {e.Type} record";
        return z.Splice(last.Start, last.End, "");
    }

    private static string? UnclosedParen(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Rdata.Count > 0 && !z.Text.Substring(x.Start, x.End - x.Start).Contains('(')).ToList(), r);
        if (e == null) { d = ""; return null; }
        var t = e.Tokens[e.TypeIndex];
        d = $"line {z.Line(t.Start)}: inserted '(' after the type, never closed";
        return z.Splice(t.End, t.End, " (");
    }

    private static string? EmptyLabel(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Records.Where(x => !x.StartsWithBlank).Select(x => x.Tokens[0])
            .Where(t => t.Text.IndexOf('.') > 0 && t.Text.IndexOf('.') < t.Text.Length - 1 && !t.Text.Contains('\\')).ToList();
        var t = Pick(candidates, r);
        if (t == null) { d = ""; return null; }
        int dot = t.Start + t.Text.IndexOf('.');
        d = $"line {z.Line(t.Start)}: owner '{t.Text}' gets an empty label ('..')";
        return z.Splice(dot, dot, ".");
    }

    private static string? Txt256(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.ToList(), r);
        if (e == null) { d = ""; return null; }
        d = $"line {z.Line(e.Start)}: added a TXT record with a 256-octet string after it";
        return z.InsertAfter(e, "txt-256\tTXT\t\"" + new string('t', 256) + "\"");
    }

    private static string? WrapInParens(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.Rdata.Count >= 2 && !z.Text.Substring(x.Start, x.End - x.Start).Contains('(')).ToList(), r);
        if (e == null) { d = ""; return null; }
        var first = e.Rdata[0];
        var last = e.Rdata[^1];
        d = $"line {z.Line(first.Start)}: RDATA of the {e.Type} record wrapped in ( ) over three lines";
        return z.Text.Substring(0, first.Start) + "(\n\t\t" + z.Text.Substring(first.Start, last.End - first.Start) + "\n\t\t)" + z.Text.Substring(last.End);
    }

    private static string? TrailingComment(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.ToList(), r);
        if (e == null) { d = ""; return null; }
        // At the end of the entry's last line (after a closing parenthesis, if any).
        int at = e.End;
        if (at > 0 && z.Text[at - 1] == '\n') at--;
        if (at > 0 && z.Text[at - 1] == '\r') at--;
        d = $"line {z.Line(e.End - 1)}: appended '; comment (with \"quotes\" and parens()' to the {e.Type} record";
        return z.Splice(at, at, " ; comment (with \"quotes\" and parens(");
    }

    private static string? EscapeOwner(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Records.Where(x => !x.StartsWithBlank && x.Type != "SOA")
            .Select(x => x.Tokens[0]).Where(t => t.Text.Length > 0 && char.IsAsciiLetterOrDigit(t.Text[0])).ToList();
        var t = Pick(candidates, r);
        if (t == null) { d = ""; return null; }
        string escaped = "\\" + ((int)t.Text[0]).ToString("D3", CultureInfo.InvariantCulture) + t.Text.Substring(1);
        d = $"line {z.Line(t.Start)}: owner '{t.Text}' -> '{escaped}'";
        return z.Splice(t.Start, t.End, escaped);
    }

    private static string? SwapTtlAndClass(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.Where(x => x.TtlIndex >= 0 && x.ClassIndex >= 0).ToList(), r);
        if (e == null) { d = ""; return null; }
        var a = e.Tokens[Math.Min(e.TtlIndex, e.ClassIndex)];
        var b = e.Tokens[Math.Max(e.TtlIndex, e.ClassIndex)];
        d = $"line {z.Line(a.Start)}: '{a.Text} {b.Text}' -> '{b.Text} {a.Text}'";
        return z.Text.Substring(0, a.Start) + b.Text + z.Text.Substring(a.End, b.Start - a.End) + a.Text + z.Text.Substring(b.End);
    }

    private static string? CaseFlip(ZoneScan z, Random r, out string d)
    {
        var e = Pick(z.Records.ToList(), r);
        if (e == null) { d = ""; return null; }
        var t = e.Tokens[e.TypeIndex];
        string flipped = t.Text == t.Text.ToUpperInvariant() ? t.Text.ToLowerInvariant() : t.Text.ToUpperInvariant();
        if (flipped == t.Text) { d = ""; return null; }
        d = $"line {z.Line(t.Start)}: type '{t.Text}' -> '{flipped}'";
        return z.Splice(t.Start, t.End, flipped);
    }

    private static string? GenericRdata(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Records.Where(x => (x.Type is "A" or "AAAA") && x.Rdata.Count == 1
            && IPAddress.TryParse(x.Rdata[0].Text, out var ip)
            && (x.Type == "A") == (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)).ToList();
        var e = Pick(candidates, r);
        if (e == null) { d = ""; return null; }
        var t = e.Rdata[0];
        byte[] bytes = IPAddress.Parse(t.Text).GetAddressBytes();
        string generic = $"\\# {bytes.Length} {Convert.ToHexString(bytes).ToLowerInvariant()}";
        d = $"line {z.Line(t.Start)}: {e.Type} '{t.Text}' -> RFC 3597 '{generic}'";
        return z.Splice(t.Start, t.End, generic);
    }

    private static string? TtlUnits(ZoneScan z, Random r, out string d)
    {
        var candidates = z.Entries.Where(e => e.DirectiveName == "$TTL" && e.Tokens.Count > 1).Select(e => e.Tokens[1])
            .Concat(z.Records.Where(e => e.TtlIndex >= 0).Select(e => e.Tokens[e.TtlIndex]))
            .Where(t => t.Text.Length is > 0 and < 10 && t.Text.All(char.IsDigit) && long.Parse(t.Text, CultureInfo.InvariantCulture) > 0)
            .ToList();
        var t = Pick(candidates, r);
        if (t == null) { d = ""; return null; }
        string units = Units(long.Parse(t.Text, CultureInfo.InvariantCulture));
        d = $"line {z.Line(t.Start)}: TTL '{t.Text}' -> '{units}'";
        return z.Splice(t.Start, t.End, units);
    }

    private static string? Crlf(ZoneScan z, Random r, out string d)
    {
        d = "every LF -> CRLF";
        return z.Text.Contains('\r') ? null : z.Text.Replace("\n", "\r\n");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static string Units(long seconds)
    {
        var sb = new StringBuilder();
        foreach (var (unit, size) in new[] { ("w", 604800L), ("d", 86400L), ("h", 3600L), ("m", 60L), ("s", 1L) })
        {
            if (seconds < size) continue;
            sb.Append(seconds / size).Append(unit);
            seconds %= size;
        }
        return sb.ToString();
    }

    private static T? Pick<T>(IReadOnlyList<T> items, Random r) where T : class =>
        items.Count == 0 ? null : items[r.Next(items.Count)];

    private static string Short(string text) => text.Length <= 24 ? text : text.Substring(0, 21) + "...";
}

/// <summary>A token of the mutator's scan: offsets into the text, and whether it is a quoted string.</summary>
public sealed record ScanToken(int Start, int End, string Text, bool Quoted);

/// <summary>One logical entry (parentheses joined), from the start of its first line to just past its last newline.</summary>
public sealed class ScanEntry
{
    public int Start { get; init; }
    public int End { get; set; }
    public bool StartsWithBlank { get; init; }
    public List<ScanToken> Tokens { get; } = new();
    public int TtlIndex { get; set; } = -1;
    public int ClassIndex { get; set; } = -1;
    public int TypeIndex { get; set; } = -1;

    public bool IsDirective => !StartsWithBlank && Tokens.Count > 0 && !Tokens[0].Quoted && Tokens[0].Text.StartsWith("$", StringComparison.Ordinal);

    public string? DirectiveName => IsDirective ? Tokens[0].Text.ToUpperInvariant() : null;

    public bool IsRecord => !IsDirective && TypeIndex >= 0;

    public string? Type => TypeIndex >= 0 ? Tokens[TypeIndex].Text.ToUpperInvariant() : null;

    public IReadOnlyList<ScanToken> Rdata => TypeIndex < 0 ? Array.Empty<ScanToken>() : Tokens.Skip(TypeIndex + 1).ToList();
}

/// <summary>
/// A deliberately simple reading of a zone file, independent of ZoneLint's lexer: enough to find entries, owners,
/// TTLs, classes, types and RDATA tokens, and the positions of parentheses and quotes.
/// </summary>
public sealed class ZoneScan
{
    private readonly int[] _lineStarts;

    private ZoneScan(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }
    public List<ScanEntry> Entries { get; } = new();
    public List<int> CloseParens { get; } = new();
    public List<int> Quotes { get; } = new();

    public IReadOnlyList<ScanEntry> Records => Entries.Where(e => e.IsRecord).ToList();

    public int Line(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public string Splice(int start, int end, string replacement) =>
        Text.Substring(0, start) + replacement + Text.Substring(end);

    /// <summary>Inserts a line after the entry.</summary>
    public string InsertAfter(ScanEntry entry, string line)
    {
        bool newline = entry.End > 0 && Text[entry.End - 1] == '\n';
        return Splice(entry.End, entry.End, (newline ? "" : "\n") + line + "\n");
    }

    public static ZoneScan Read(string text)
    {
        var scan = new ZoneScan(text);
        int pos = 0;
        while (pos < text.Length)
        {
            var entry = new ScanEntry { Start = pos, StartsWithBlank = text[pos] is ' ' or '\t' };
            int depth = 0;
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c == '\n')
                {
                    pos++;
                    if (depth == 0) break;
                    continue;
                }
                if (c is ' ' or '\t' or '\r') { pos++; continue; }
                if (c == ';')
                {
                    while (pos < text.Length && text[pos] != '\n') pos++;
                    continue;
                }
                if (c == '(') { depth++; pos++; continue; }
                if (c == ')')
                {
                    scan.CloseParens.Add(pos);
                    if (depth > 0) depth--;
                    pos++;
                    continue;
                }
                int start = pos;
                if (c == '"')
                {
                    scan.Quotes.Add(pos);
                    pos++;
                    while (pos < text.Length && text[pos] != '"' && text[pos] != '\n')
                    {
                        if (text[pos] == '\\' && pos + 1 < text.Length && text[pos + 1] != '\n') pos++;
                        pos++;
                    }
                    if (pos < text.Length && text[pos] == '"')
                    {
                        scan.Quotes.Add(pos);
                        pos++;
                    }
                    entry.Tokens.Add(new ScanToken(start, pos, text.Substring(start, pos - start), true));
                    continue;
                }
                while (pos < text.Length && text[pos] is not (' ' or '\t' or '\r' or '\n' or ';' or '(' or ')' or '"'))
                {
                    if (text[pos] == '\\' && pos + 1 < text.Length && text[pos + 1] != '\n') pos++;
                    pos++;
                }
                entry.Tokens.Add(new ScanToken(start, pos, text.Substring(start, pos - start), false));
            }
            entry.End = pos;
            if (entry.Tokens.Count == 0) continue;
            Classify(entry);
            scan.Entries.Add(entry);
        }
        return scan;
    }

    private static void Classify(ScanEntry e)
    {
        if (e.IsDirective) return;
        int i = e.StartsWithBlank ? 0 : 1;
        for (int n = 0; n < 2 && i < e.Tokens.Count; n++, i++)
        {
            var t = e.Tokens[i];
            if (t.Quoted) break;
            if (e.TtlIndex < 0 && t.Text.Length > 0 && char.IsDigit(t.Text[0])) { e.TtlIndex = i; continue; }
            if (e.ClassIndex < 0 && IsClass(t.Text)) { e.ClassIndex = i; continue; }
            break;
        }
        if (i < e.Tokens.Count && !e.Tokens[i].Quoted) e.TypeIndex = i;
    }

    private static bool IsClass(string text) =>
        text.ToUpperInvariant() is "IN" or "CH" or "HS" or "CS"
        || (text.StartsWith("CLASS", StringComparison.OrdinalIgnoreCase) && text.Length > 5 && text.Substring(5).All(char.IsDigit));
}
