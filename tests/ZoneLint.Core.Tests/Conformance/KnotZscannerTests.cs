using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Conformance;

/// <summary>
/// Knot DNS's zone scanner corpus (knot-zscanner/PROVENANCE.md): each `.in` is parsed with origin `.`, class IN and
/// default TTL 0; every record of a `; OK` section must load with the owner, class, TTL, type and RDATA of the `.out`,
/// every entry of a `; KO` section must be rejected, and a case where Knot reports an error must get at least one error.
/// Where ZoneLint follows BIND and Knot does not, the check is skipped by <see cref="Exclusions"/>, which says why.
/// When the corpus is absent the tests are skipped with the reason (see <see cref="KnotCorpusTheoryAttribute"/>).
/// </summary>
public sealed class KnotZscannerTests
{
    private readonly ITestOutputHelper _output;

    public KnotZscannerTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Cases() =>
        KnotCorpus.Exists
            ? File.ReadAllLines(Path.Combine(KnotCorpus.Root, "..", "TESTS")).Where(l => l.Trim().Length > 0).Select(l => new object[] { l.Trim() })
            : Enumerable.Empty<object[]>();

    [KnotCorpusTheory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var result = KnotCase.Run(name);
        foreach (var line in result.Notes) _output.WriteLine(line);
        Assert.True(result.Failures.Count == 0, string.Join(Environment.NewLine, result.Failures));
    }

    [KnotCorpusFact]
    public void Summary()
    {
        int cases = 0, passing = 0, records = 0, matched = 0, koEntries = 0, rejected = 0;
        var failing = new List<string>();
        foreach (var row in Cases())
        {
            var result = KnotCase.Run((string)row[0]);
            cases++;
            if (result.Failures.Count == 0) passing++;
            else failing.Add((string)row[0]);
            records += result.ExpectedRecords;
            matched += result.MatchedRecords;
            koEntries += result.KoEntries;
            rejected += result.RejectedEntries;
        }
        _output.WriteLine($"cases passing: {passing}/{cases}; OK records matching: {matched}/{records}; KO entries rejected: {rejected}/{koEntries}; exclusions: {Exclusions.Count}");
        Assert.Empty(failing);
    }

    /// <summary>Each exclusion names a case and line of the corpus that exist.</summary>
    [KnotCorpusFact]
    public void ExclusionsPointAtExistingLines()
    {
        foreach (var exclusion in Exclusions)
        {
            string path = Path.Combine(KnotCorpus.Root, exclusion.Case + ".in");
            Assert.True(File.Exists(path), $"no case {exclusion.Case}");
            Assert.InRange(exclusion.First, 0, exclusion.Last);
            Assert.InRange(exclusion.Last, 0, File.ReadAllLines(path).Length);
        }
    }

    private const string NamesBindAccepts =
        "BIND's dns_name_fromtext takes any character in a label (RFC 1035 §5.1 reserves only . \\ ( ) ; \" @ and white space, and @ only alone); Knot rejects & , $ % and @@. Host-name syntax is a check-names matter, not a syntax error";
    private const string Base64Stream =
        "BIND decodes base64 across white space as one stream (isc_base64_tobuffer), so 'AA ==' is 'AA=='; Knot wants each token a multiple of 4";
    private const string Nsec3Unpadded =
        "RFC 5155 §3.3 writes the next hashed owner name unpadded and BIND rejects '=' padding (BIND test bad-nsec3-padded.db); Knot requires padding, so it takes 00====== and rejects 12";
    private const string UriQuoted =
        "RFC 7553 §4.5 and BIND (uri_256.c) want the target URI in double quotes; Knot also takes it bare";
    private const string CaaTag =
        "BIND (caa_257.c) takes the CAA tag as an unquoted run of one or more letters and digits (RFC 8659 §4.1); Knot also takes \"\" and \"a\"";
    private const string NoDefaultAlpnAlone =
        "RFC 9460 §7.1.1: no-default-alpn without alpn leaves no protocol; BIND rejects it ('disallowed'), and so does ZoneLint; Knot accepts it";
    private const string TextSplit =
        "BIND rejects a character-string over 255 octets, and ZoneLint reports ZL1003; Knot splits it in two";
    private const string MultilineString =
        "BIND ends a quoted string at the end of the line (unbalanced quotes); Knot lets it run on to the next line";
    private const string AdjacentQuotes =
        "BIND's lexer reads \"\"\" as \"\" followed by a string that runs to the next quote (here in the comment), which is valid TXT; Knot rejects the third quote";
    private const string DateWraps =
        "BIND reads RRSIG dates of any year 0000-9999 and keeps them modulo 2^32 (RFC 4034 §3.1.5 serial arithmetic; checkzone crashzone.db); Knot stops at 2225";
    private const string KeepsReading =
        "Knot stops at its first fatal error, so it never loads this valid entry; ZoneLint reports the error and goes on";
    private const string RelativeOrigin =
        "BIND completes a relative $ORIGIN (or $INCLUDE origin) with the current origin; Knot requires it absolute";
    private const string GenericClass =
        "RFC 3597 §5 and BIND read CLASS1 as IN; Knot rejects the generic class notation";
    private const string LargeTtl =
        "RFC 2181 §8 limits TTLs to 2^31-1 (BIND warns and loads 0, ZoneLint reports ZL1002); Knot keeps 4294967295";
    private const string TtlAfterInclude =
        "BIND keeps a $TTL set in an included file after the include (it lives in the load context, master.c), so these records get include2's 1H; Knot restores the including file's $TTL";
    private const string IncludeEscapes =
        "BIND opens the $INCLUDE file name as written, backslashes and all, so include\\050 and \\./ are not found; Knot decodes the escapes";
    private const string SignerDeeperThanLabels =
        "BIND rejects an RRSIG whose signer has more labels than the Labels field ('out of range': the signer is the zone above the owner, RFC 4034 §3.1.3, §3.1.7), and so does ZoneLint; Knot loads it";
    private const string NotIana =
        "ALIAS (65401) and DELEG/DELEGPARAM (61440/65433) are Knot's own, not IANA-registered; ZoneLint reads them only as TYPEnnn with \\# data";

    /// <summary>(case, lines, reason): real dialect differences, with BIND as the reference.</summary>
    internal static readonly IReadOnlyList<Exclusion> Exclusions = new Exclusion[]
    {
        new("00-2_general", 0, "Knot refuses CRLF line endings (ZS_DOS_NEWLINE); BIND reads CR as white space, and so does ZoneLint"),
        new("01_owner", 27, NamesBindAccepts),
        new("01_owner", 31, 34, NamesBindAccepts), // 34 inherits the owner of 33
        new("01_owner", 36, NamesBindAccepts),
        new("02_class", 10, GenericClass),
        new("03_rrttl", 7, LargeTtl),
        new("04-0_ORIGIN", 29, KeepsReading),
        new("04-1_ORIGIN", 0, RelativeOrigin),
        new("04-1_ORIGIN", 4, RelativeOrigin),
        new("04-2_ORIGIN", 0, NamesBindAccepts),
        new("04-2_ORIGIN", 4, NamesBindAccepts),
        new("05-0_TTL", 8, 9, LargeTtl),
        new("06-0_INCLUDE", 11, TtlAfterInclude),
        new("06-0_INCLUDE", 13, IncludeEscapes),
        new("06-0_INCLUDE", 14, TtlAfterInclude),
        new("06-0_INCLUDE", 16, IncludeEscapes),
        new("06-0_INCLUDE", 17, TtlAfterInclude),
        new("06-0_INCLUDE", 20, TtlAfterInclude),
        new("06-0_INCLUDE", 23, TtlAfterInclude),
        new("06-0_INCLUDE", 26, TtlAfterInclude),
        new("06-1_INCLUDE", 0, RelativeOrigin),
        new("06-1_INCLUDE", 5, RelativeOrigin),
        new("06-2_INCLUDE", 0, NamesBindAccepts),
        new("06-2_INCLUDE", 5, NamesBindAccepts),
        new("12_TXT", 21, 25, MultilineString),
        new("12_TXT", 27, 28, TextSplit),
        new("12_TXT", 37, AdjacentQuotes),
        new("14_NS", 31, 32, NamesBindAccepts),
        new("14_NS", 37, 39, NamesBindAccepts),
        new("18_MX", 22, NamesBindAccepts),
        new("26_SRV", 20, NamesBindAccepts),
        new("29_CERT", 52, Base64Stream),
        new("30_KEY", 25, Base64Stream),
        new("31_DNSKEY", 26, Base64Stream),
        new("36_RRSIG", 12, SignerDeeperThanLabels),
        new("36_RRSIG", 33, DateWraps),
        new("36_RRSIG", 40, Base64Stream),
        new("38_DHCID", 21, Base64Stream),
        new("39_NSEC3", 5, 11, Nsec3Unpadded),
        new("39_NSEC3", 13, 17, Nsec3Unpadded),
        new("39_NSEC3", 19, 20, Nsec3Unpadded),
        new("39_NSEC3", 33, Nsec3Unpadded),
        new("39_NSEC3", 35, 36, Nsec3Unpadded),
        new("39_NSEC3", 38, Nsec3Unpadded),
        new("50_CDNSKEY", 26, Base64Stream),
        new("51_URI", 5, 6, UriQuoted),
        new("51_URI", 8, UriQuoted),
        new("51_URI", 10, 11, UriQuoted),
        new("52_CAA", 14, 15, CaaTag),
        new("57_SVCB", 14, NoDefaultAlpnAlone),
        new("62_ALIAS", 7, 8, NotIana),
        new("62_ALIAS", 10, 11, NotIana),
        new("63_DELEG", 5, 11, NotIana),
    };

    /// <summary>The checks on the entries that start on lines <see cref="First"/> to <see cref="Last"/> are skipped; line 0: the case-level error check.</summary>
    internal sealed record Exclusion(string Case, int First, int Last, string Reason)
    {
        public Exclusion(string @case, int line, string reason)
            : this(@case, line, line, reason)
        {
        }
    }

    internal static Exclusion? Excluded(string name, int line) =>
        Exclusions.FirstOrDefault(e => e.Case == name && (line == 0 ? e.First == 0 : e.First <= line && line <= e.Last && e.First > 0));
}

/// <summary>One corpus case run through <see cref="ZoneParser"/> and compared with Knot's expected output.</summary>
internal sealed class KnotCase
{
    private enum Section { None, Ok, Ko }

    private readonly string _name;
    private readonly string _path;
    private readonly Section[] _sections;
    private readonly ZoneParseResult _parse;
    private readonly List<ZoneEntry> _entries;
    private readonly List<string> _expected;
    private readonly bool _knotReportsError;

    private KnotCase(string name)
    {
        _name = name;
        string root = KnotCorpus.Root;
        _path = Path.Combine(root, name + ".in");
        // The test driver replaces @TMPDIR@ with a folder holding includes/; the data folder is one.
        string text = PhysicalFileSystem.Decode(File.ReadAllBytes(_path)).Replace("@TMPDIR@", root.Replace('\\', '/'));
        (_expected, _knotReportsError) = ReadOut(Path.Combine(root, name + ".out"));
        // A case where Knot reports nothing loads its "KO" entries too (a blank include, an include in an include).
        _sections = ReadSections(text, _knotReportsError);
        _entries = new ZoneLexer(new SourceText(_path, text), new DiagnosticBag()).ReadAll().ToList();
        _parse = ZoneParser.ParseText(_path, text, new ParseOptions { Origin = DomainName.Root, DefaultTtl = 0 });
    }

    public List<string> Failures { get; } = new();

    public List<string> Notes { get; } = new();

    public int ExpectedRecords => _expected.Count;

    public int MatchedRecords { get; private set; }

    public int KoEntries { get; private set; }

    public int RejectedEntries { get; private set; }

    public static KnotCase Run(string name)
    {
        var run = new KnotCase(name);
        run.CheckKoEntries();
        run.CheckRecords();
        run.CheckOkEntriesHaveNoErrors();
        run.CheckCaseError();
        return run;
    }

    private void CheckKoEntries()
    {
        foreach (var entry in _entries.Where(e => SectionOfLine(e.Span.StartLine) == Section.Ko))
        {
            KoEntries++;
            int line = entry.Span.StartLine;
            bool rejected = _parse.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && IsAbout(d.Span, entry));
            if (rejected) RejectedEntries++;
            var exclusion = KnotZscannerTests.Excluded(_name, line);
            if (exclusion != null)
            {
                if (rejected) Failures.Add($"line {line}: excluded ({exclusion.Reason}) but now rejected; remove the exclusion");
                else Notes.Add($"line {line}: accepted, as excluded: {exclusion.Reason}");
            }
            else if (!rejected)
            {
                Failures.Add($"line {line}: KO entry accepted: {string.Join(" ", entry.Tokens.Select(t => t.ToString()))}");
            }
        }
    }

    /// <summary>An error about the entry: on its lines, or, for $INCLUDE, anywhere in another file.</summary>
    private bool IsAbout(SourceSpan span, ZoneEntry entry)
    {
        if (span.File != _path) return IsInclude(entry);
        return span.StartLine >= entry.Span.StartLine && span.StartLine <= entry.Span.EndLine;
    }

    /// <summary>
    /// Knot's records and ZoneLint's (but those of KO entries) are aligned as a longest common subsequence. A record only
    /// ZoneLint loads must come from an excluded line; a record only Knot loads must lie between excluded lines.
    /// </summary>
    private void CheckRecords()
    {
        var actual = new List<(string Text, int Line)>();
        foreach (var (record, line) in RecordsWithLines())
        {
            if (SectionOfLine(line) != Section.Ko) actual.Add((Format(record), line));
        }
        var (pairs, length) = Align(_expected, actual.Select(a => a.Text).ToList());
        MatchedRecords = length;
        var matchedActual = new HashSet<int>(pairs.Select(p => p.Actual));
        for (int j = 0; j < actual.Count; j++)
        {
            if (matchedActual.Contains(j)) continue;
            var exclusion = KnotZscannerTests.Excluded(_name, actual[j].Line);
            if (exclusion == null) Failures.Add($"line {actual[j].Line}: ZoneLint loads {actual[j].Text}, which Knot does not");
        }
        var matchedExpected = pairs.ToDictionary(p => p.Expected, p => actual[p.Actual].Line);
        for (int i = 0; i < _expected.Count; i++)
        {
            if (matchedExpected.ContainsKey(i)) continue;
            int after = matchedExpected.Where(p => p.Key < i).Select(p => p.Value).DefaultIfEmpty(0).Max();
            int before = matchedExpected.Where(p => p.Key > i).Select(p => p.Value).DefaultIfEmpty(int.MaxValue).Min();
            bool excused = KnotZscannerTests.Exclusions.Any(e => e.Case == _name && e.First > 0 && e.Last >= after && e.First <= before &&
                SectionOfLine(e.First) != Section.Ko);
            if (!excused) Failures.Add($"record {i + 1} (after line {after}): Knot loads {_expected[i]}, ZoneLint does not");
        }
        foreach (var exclusion in KnotZscannerTests.Exclusions.Where(e => e.Case == _name && e.First > 0 && SectionOfLine(e.First) != Section.Ko))
        {
            var made = Enumerable.Range(0, actual.Count).Where(j => actual[j].Line >= exclusion.First && actual[j].Line <= exclusion.Last).ToList();
            if (made.Count > 0 && made.All(matchedActual.Contains) && ErrorsOn(exclusion.First, exclusion.Last).Count == 0)
                Failures.Add($"line {exclusion.First}: excluded ({exclusion.Reason}) but now loads as Knot loads it; remove the exclusion");
            else
                Notes.Add($"line {exclusion.First}: not compared, as excluded: {exclusion.Reason}");
        }
    }

    /// <summary>Each record with the line it comes from; a record of an included file, with the line of the top-level $INCLUDE.</summary>
    private IEnumerable<(ResourceRecord, int)> RecordsWithLines()
    {
        int lastLine = 0;
        foreach (var record in _parse.Records)
        {
            if (record.Span.File == _path)
            {
                lastLine = record.Span.StartLine;
                yield return (record, lastLine);
                continue;
            }
            var include = _entries.FirstOrDefault(e => IsInclude(e) && e.Span.StartLine > lastLine);
            yield return (record, include?.Span.StartLine ?? lastLine);
        }
    }

    private void CheckOkEntriesHaveNoErrors()
    {
        foreach (var entry in _entries.Where(e => SectionOfLine(e.Span.StartLine) == Section.Ok))
        {
            if (KnotZscannerTests.Excluded(_name, entry.Span.StartLine) != null) continue;
            foreach (var error in ErrorsOn(entry.Span.StartLine, entry.Span.EndLine))
                Failures.Add($"line {error.Span.StartLine}: error on an OK entry: {error.Id} {error.Message}");
        }
    }

    private void CheckCaseError()
    {
        if (!_knotReportsError || _parse.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return;
        var exclusion = KnotZscannerTests.Excluded(_name, 0);
        if (exclusion == null) Failures.Add("Knot reports an error in this case, ZoneLint none");
        else Notes.Add("no error, as excluded: " + exclusion.Reason);
    }

    private static (List<(int Expected, int Actual)> Pairs, int Length) Align(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (int i = a.Count - 1; i >= 0; i--)
        {
            for (int j = b.Count - 1; j >= 0; j--)
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        }
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j]) { pairs.Add((i, j)); i++; j++; }
            else if (table[i + 1, j] >= table[i, j + 1]) i++;
            else j++;
        }
        return (pairs, table[0, 0]);
    }

    private List<ZoneDiagnostic> ErrorsOn(int first, int last) =>
        _parse.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Span.File == _path &&
            d.Span.StartLine >= first && d.Span.StartLine <= last).ToList();

    private static bool IsInclude(ZoneEntry entry) =>
        !entry.StartsWithBlank && entry.Tokens[0].Text.Equals("$INCLUDE", StringComparison.OrdinalIgnoreCase);

    private Section SectionOfLine(int line) => line >= 1 && line - 1 < _sections.Length ? _sections[line - 1] : Section.None;

    private static Section[] ReadSections(string text, bool knotReportsError)
    {
        var lines = text.Split('\n');
        var sections = new Section[lines.Length];
        var current = Section.None;
        var marker = new Regex(@"^;.*\b(OK|KO)\b");
        for (int i = 0; i < lines.Length; i++)
        {
            var match = marker.Match(lines[i]);
            if (match.Success) current = match.Groups[1].Value == "KO" && knotReportsError ? Section.Ko : Section.Ok;
            sections[i] = current;
        }
        return sections;
    }

    /// <summary>The records of a `.out` in the format <see cref="Format"/> writes, and whether Knot reported any error.</summary>
    private static (List<string> Records, bool Error) ReadOut(string path)
    {
        var records = new List<string>();
        bool error = false;
        var fields = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line == "------")
            {
                if (fields.ContainsKey("OWNER"))
                    records.Add($"OWNER={fields["OWNER"]} CLASS={fields["CLASS"]} RRTTL={fields["RRTTL"]} RTYPE={fields["RTYPE"]} RDATA={fields["RDATA"]}");
                fields.Clear();
                continue;
            }
            int eq = line.IndexOf('=');
            if (eq < 0) continue;
            string key = line.Substring(0, eq);
            if (key is "WARNG" or "ERROR") error = true;
            fields[key] = line.Substring(eq + 1).ToUpperInvariant();
        }
        return (records, error);
    }

    private static string Format(ResourceRecord record) =>
        $"OWNER={Hex(record.Owner.ToWire())} CLASS={record.Class:X4} RRTTL={record.Ttl:X8} RTYPE={record.Type:X4} RDATA={Hex(record.Rdata.Wire)}";

    private static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}

/// <summary>Where the corpus is: $ZONELINT_CONFORMANCE_DIR, else `shared/conformance` beside an ancestor of the test binaries.</summary>
internal static class KnotCorpus
{
    private static readonly Lazy<string?> Found = new(Find);

    public static bool Exists => Found.Value != null;

    /// <summary>The `knot-zscanner/data` folder.</summary>
    public static string Root => Found.Value ?? throw new InvalidOperationException(MissingReason);

    public static string MissingReason =>
        "Knot zscanner conformance data not found: set ZONELINT_CONFORMANCE_DIR to the folder holding knot-zscanner/data, or put it at ../shared/conformance beside the repository";

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("ZONELINT_CONFORMANCE_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Existing(Path.Combine(fromEnvironment, "knot-zscanner", "data"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string? candidate = Existing(Path.Combine(dir.FullName, "shared", "conformance", "knot-zscanner", "data"));
            if (candidate != null) return candidate;
        }
        return null;
    }

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;
}

/// <summary>A [Theory] skipped, with the reason, when the Knot corpus is absent (the skip is decided when tests are discovered).</summary>
public sealed class KnotCorpusTheoryAttribute : TheoryAttribute
{
    public KnotCorpusTheoryAttribute()
    {
        if (!KnotCorpus.Exists) Skip = KnotCorpus.MissingReason;
    }
}

/// <summary>A [Fact] skipped, with the reason, when the Knot corpus is absent.</summary>
public sealed class KnotCorpusFactAttribute : FactAttribute
{
    public KnotCorpusFactAttribute()
    {
        if (!KnotCorpus.Exists) Skip = KnotCorpus.MissingReason;
    }
}
