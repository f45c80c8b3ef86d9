using System.Collections.Generic;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Spf;

/// <summary>How a TXT or SPF record at a name relates to SPF.</summary>
public enum SpfCandidateForm
{
    /// <summary>Text that has nothing to do with SPF (or Sender ID's `v=spf2.0`).</summary>
    Other,

    /// <summary>An SPF record as RFC 7208 §4.5 selects it, written with its quoting intact.</summary>
    Record,

    /// <summary>Written wholly or partly without double quotes, so words were joined with nothing between them.</summary>
    Unquoted,

    /// <summary>Wrapped in typographic quotes (“...”) as unquoted words, pasted from a document.</summary>
    TypographicQuotes,

    /// <summary>Meant as SPF but not selected by §4.5: `v=spf 1`, `v=spf1a`, `spf1`, a leading space or a stray quote.</summary>
    NotRecognised,
}

/// <summary>One TXT or SPF (type 99) record at a name, classified for the SPF rules.</summary>
public sealed class SpfCandidate
{
    private SpfText? _text;
    private SpfRecord? _parsed, _intended;
    private bool _parsedDone, _intendedDone;
    private string? _value, _intendedText;
    private readonly bool _valueIsSpf;

    internal SpfCandidate(ResourceRecord record, string value, SpfCandidateForm form, string intendedText, SpfRecognition? recognition)
    {
        Record = record;
        _value = value;
        _valueIsSpf = SpfRecordParser.IsSpfRecord(value);
        Form = form;
        _intendedText = intendedText;
        Recognition = recognition;
    }

    /// <summary>A record <see cref="SpfRecordSet.CannotBeSpf"/> has ruled out: its text is built only if asked for.</summary>
    internal SpfCandidate(ResourceRecord record)
    {
        Record = record;
        Form = SpfCandidateForm.Other;
    }

    public ResourceRecord Record { get; }

    // Built on first use: the map back to the file costs a span per octet, and most TXT records (DKIM keys,
    // verification tokens) are never looked at again.

    /// <summary>The text as a resolver reads it: the character-strings joined with nothing between them (RFC 7208 §3.3).</summary>
    public SpfText Text => _text ??= SpfText.FromCharacterStrings(Record.Rdata.Strings, Value);

    /// <summary><see cref="Text"/>'s value, one char per octet.</summary>
    public string Value => _value ??= SpfRecordSet.Join(Record.Rdata.Strings);

    public SpfCandidateForm Form { get; }

    /// <summary>The text its author meant: quoting repaired, or for <see cref="SpfCandidateForm.NotRecognised"/> the version repaired.</summary>
    public string IntendedText => _intendedText ?? Value;

    /// <summary>What a receiver parses: <see cref="Text"/> when §4.5 selects it (whatever its form), else null.</summary>
    public SpfRecord? Parsed
    {
        get
        {
            if (!_parsedDone) _parsed = _valueIsSpf ? SpfRecordParser.Parse(Text) : null;
            _parsedDone = true;
            return _parsed;
        }
    }

    /// <summary>The record that was meant, parsed (from <see cref="IntendedText"/>, with no spans unless undamaged).</summary>
    public SpfRecord? Intended
    {
        get
        {
            if (!_intendedDone)
            {
                _intended = Form == SpfCandidateForm.Record ? Parsed
                    : SpfRecordParser.IsSpfRecord(IntendedText) ? SpfRecordParser.Parse(IntendedText) : null;
            }
            _intendedDone = true;
            return _intended;
        }
    }

    /// <summary>For <see cref="SpfCandidateForm.NotRecognised"/>: why, and where in <see cref="Text"/>.</summary>
    public SpfRecognition? Recognition { get; }

    public bool IsSpfType => Record.Type == RRType.SPF;

    /// <summary>
    /// The same text stands earlier at the name: a duplicate record (ZL2008), or a type-99 record that repeats a TXT
    /// record (ZL3013). Rules about one record skip repeats, so a mistake is reported once.
    /// </summary>
    public bool IsRepeat { get; internal set; }

    /// <summary>The record was meant as SPF and, once its quoting is repaired, is one (counted for ZL3004).</summary>
    public bool IsIntendedSpf => Form != SpfCandidateForm.NotRecognised && Form != SpfCandidateForm.Other && SpfRecordParser.IsSpfRecord(IntendedText);

    /// <summary>A receiver selects it as an SPF record (§4.5): TXT, version `v=spf1`.</summary>
    public bool IsSelected => !IsSpfType && _valueIsSpf;

    /// <summary>Where the record's text is written in the zone file (all its character-strings).</summary>
    public SourceSpan TextSpan
    {
        get
        {
            var strings = Record.Rdata.Strings;
            return strings.Count == 0 ? Record.Span : strings[0].Token.Span.Union(strings[strings.Count - 1].Token.Span);
        }
    }
}

/// <summary>
/// The TXT and SPF (type 99) records at one owner name, with the SPF records selected as RFC 7208 §4.5 does and
/// the damaged forms people actually publish recognised, so the rules can report them.
/// </summary>
public sealed partial class SpfRecordSet
{
    private SpfRecordSet(DomainName owner, IReadOnlyList<SpfCandidate> candidates)
    {
        Owner = owner;
        Candidates = candidates;
    }

    public DomainName Owner { get; }

    /// <summary>Every TXT and SPF record at the name, in file order.</summary>
    public IReadOnlyList<SpfCandidate> Candidates { get; }

    /// <summary>The records a receiver selects (§4.5): TXT with version `v=spf1`. More than one is permerror.</summary>
    public IEnumerable<SpfCandidate> Selected => Candidates.Where(c => c.IsSelected);

    /// <summary>The records meant as SPF, TXT and type 99 together, repeats left out (ZL3004 counts these).</summary>
    public IEnumerable<SpfCandidate> Intended => Candidates.Where(c => c.IsIntendedSpf && !c.IsRepeat);

    /// <summary>Classifies the TXT and SPF records among <paramref name="records"/>; null when there are none.</summary>
    public static SpfRecordSet? From(DomainName owner, IEnumerable<ResourceRecord> records)
    {
        // Most names of a large zone have no TXT: answer them without allocating.
        if (records is not IReadOnlyList<ResourceRecord> list) list = records.ToList();
        int count = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (IsText(list[i])) count++;
        }
        if (count == 0) return null;
        var candidates = new SpfCandidate[count];
        int at = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (IsText(list[i])) candidates[at++] = Classify(list[i]);
        }
        MarkRepeats(candidates);
        return new SpfRecordSet(owner, candidates);
    }

    private static bool IsText(ResourceRecord r) => (r.Type == RRType.TXT || r.Type == RRType.SPF) && !r.Generated;

    /// <summary>Classifies one TXT or SPF record on its own.</summary>
    public static SpfCandidate Classify(ResourceRecord record) =>
        CannotBeSpf(record.Rdata.Strings) ? new SpfCandidate(record) : ClassifyInFull(record);

    /// <summary><see cref="Classify"/> without the screening of <see cref="CannotBeSpf"/> (which must not change the outcome).</summary>
    internal static SpfCandidate ClassifyInFull(ResourceRecord record)
    {
        var strings = record.Rdata.Strings;
        string value = Join(strings);
        if (TryTypographic(strings, out string typographic))
        {
            var recognition = Recognise(typographic);
            return recognition == null && !SpfRecordParser.IsSpfRecord(typographic)
                ? new SpfCandidate(record, value, SpfCandidateForm.Other, typographic, null)
                : new SpfCandidate(record, value, SpfCandidateForm.TypographicQuotes, typographic, recognition);
        }
        if (TryUnquoted(strings, out string unquoted) && (SpfRecordParser.IsSpfRecord(unquoted) || Recognise(unquoted) != null))
            return new SpfCandidate(record, value, SpfCandidateForm.Unquoted, unquoted, null);
        if (SpfRecordParser.IsSpfRecord(value)) return new SpfCandidate(record, value, SpfCandidateForm.Record, value, null);
        var found = Recognise(value);
        int version = SpfRecordParser.Version.Length;
        if (found != null && value.Length > version && value[version] != ' '
            && string.Compare(value, 0, SpfRecordParser.Version, 0, version, System.StringComparison.OrdinalIgnoreCase) == 0
            && StringEnds(strings).Contains(version))
            found = found with { VersionGlued = true };
        return found == null
            ? new SpfCandidate(record, value, SpfCandidateForm.Other, value, null)
            : new SpfCandidate(record, value, SpfCandidateForm.NotRecognised, found.Fixed, found);
    }

    /// <summary>Offsets in the joined text where one character-string ends and the next begins.</summary>
    public static IReadOnlyList<int> Boundaries(SpfText text) => StringEnds(text.Strings);

    private static List<int> StringEnds(IReadOnlyList<CharacterString> strings)
    {
        var result = new List<int>();
        int at = 0;
        for (int i = 0; i < strings.Count - 1; i++)
        {
            at += strings[i].Value.Length;
            result.Add(at);
        }
        return result;
    }

    private static void MarkRepeats(SpfCandidate[] candidates)
    {
        if (candidates.Length == 1) return; // a lone type-99 record repeats no TXT record
        HashSet<string>? txtTexts = null;
        foreach (var candidate in candidates)
        {
            if (!candidate.IsSpfType) continue;
            txtTexts ??= new HashSet<string>(candidates.Where(c => !c.IsSpfType && c.IsIntendedSpf).Select(c => c.IntendedText));
            if (txtTexts.Contains(candidate.IntendedText)) candidate.IsRepeat = true;
        }
        var seen = new HashSet<SpfCandidate>(SameText.Instance);
        foreach (var candidate in candidates)
        {
            if (!seen.Add(candidate)) candidate.IsRepeat = true;
        }
    }

    /// <summary>
    /// Unquoted words (each its own character-string) glued to their neighbours: the text with a space put back where
    /// an unquoted word meets another string and neither side has one. False when no space had to be put back.
    /// </summary>
    private static bool TryUnquoted(IReadOnlyList<CharacterString> strings, out string intended)
    {
        intended = "";
        if (strings.All(s => s.WasQuoted)) return false; // a space is put back only next to an unquoted word
        var sb = new StringBuilder();
        bool repaired = false;
        for (int i = 0; i < strings.Count; i++)
        {
            string value = Latin1(strings[i].Value);
            if (i > 0 && (!strings[i].WasQuoted || !strings[i - 1].WasQuoted) && sb.Length > 0 && sb[sb.Length - 1] != ' ' && value.Length > 0 && value[0] != ' ')
            {
                sb.Append(' ');
                repaired = true;
            }
            sb.Append(value);
        }
        intended = sb.ToString();
        return repaired;
    }

    /// <summary>Unquoted words wrapped in typographic quotes: the words joined by spaces, the quotes removed.</summary>
    private static bool TryTypographic(IReadOnlyList<CharacterString> strings, out string intended)
    {
        intended = "";
        if (strings.Count == 0) return false;
        var first = strings[0];
        var last = strings[strings.Count - 1];
        bool opens = !first.WasQuoted && StartsWithTypographicQuote(first.Token.Text);
        bool closes = !last.WasQuoted && EndsWithTypographicQuote(last.Token.Text);
        if (!opens && !closes) return false;
        var words = strings.Select(s => Latin1(s.Value)).ToList();
        if (opens) words[0] = StripTypographic(words[0], atStart: true);
        if (closes) words[words.Count - 1] = StripTypographic(words[words.Count - 1], atStart: false);
        intended = string.Join(" ", words.Where(w => w.Length > 0));
        return true;
    }

    internal static string Latin1(byte[] octets)
    {
        var chars = new char[octets.Length];
        for (int i = 0; i < octets.Length; i++) chars[i] = (char)octets[i];
        return new string(chars);
    }
}
