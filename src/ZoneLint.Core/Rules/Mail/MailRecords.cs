using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rules.Mail;

/// <summary>Which mail-authentication record a name holds, told by its leading labels.</summary>
internal enum MailNameKind
{
    /// <summary>`_dmarc.&lt;domain&gt;` (RFC 7489 §6.1).</summary>
    Dmarc,

    /// <summary>`&lt;selector&gt;._domainkey.&lt;domain&gt;` (RFC 6376 §3.6.2.1).</summary>
    DkimKey,

    /// <summary>`_mta-sts.&lt;domain&gt;` (RFC 8461 §3.1).</summary>
    MtaSts,

    /// <summary>`_smtp._tls.&lt;domain&gt;` (RFC 8460 §3).</summary>
    TlsRpt,
}

/// <summary>One TXT record with its text as a receiver reads it: the character-strings joined with nothing between them.</summary>
internal sealed class MailTxt
{
    private SpfText? _text;

    public MailTxt(ResourceRecord record)
    {
        Record = record;
        var sb = new StringBuilder();
        foreach (var s in record.Rdata.Strings)
        {
            foreach (var b in s.Value) sb.Append((char)b);
        }
        Value = sb.ToString();
    }

    public ResourceRecord Record { get; }

    /// <summary>The joined text, one char per octet.</summary>
    public string Value { get; }

    /// <summary>The joined text with the map back to where each octet is written (built on first use).</summary>
    public SpfText Text => _text ??= SpfText.FromCharacterStrings(Record.Rdata.Strings);

    /// <summary>Where the record's text is written: all its character-strings.</summary>
    public SourceSpan TextSpan
    {
        get
        {
            var strings = Record.Rdata.Strings;
            return strings.Count == 0 ? Record.Span : strings[0].Token.Span.Union(strings[strings.Count - 1].Token.Span);
        }
    }

    /// <summary>Where the octets from <paramref name="start"/> to <paramref name="end"/> are written.</summary>
    public SourceSpan SpanOf(int start, int end) => Text.SpanOf(start, end) ?? TextSpan;

    /// <summary>Where a tag problem is: its text, or the whole record text for an empty range.</summary>
    public SourceSpan SpanOf(TagProblem problem) => SpanOf(problem.Start, problem.End);

    /// <summary>Some of the text was written without double quotes, where `;` starts a comment and spaces split strings.</summary>
    public bool HasUnquotedText => Record.Rdata.Strings.Any(s => !s.WasQuoted);

    /// <summary>The offsets in <see cref="Value"/> where one character-string ends and the next begins.</summary>
    public IReadOnlyList<int> Boundaries
    {
        get
        {
            var result = new List<int>();
            int at = 0;
            var strings = Record.Rdata.Strings;
            for (int i = 0; i < strings.Count - 1; i++) result.Add(at += strings[i].Value.Length);
            return result;
        }
    }
}

/// <summary>A name that holds one kind of mail-authentication record: its TXT records and its CNAME, if any.</summary>
internal sealed class MailName
{
    public MailName(MailNameKind kind, DomainName owner, DomainName domain, IReadOnlyList<ResourceRecord> records)
    {
        Kind = kind;
        Owner = owner;
        Domain = domain;
        Txt = records.Where(r => r.Type == RRType.TXT).Select(r => new MailTxt(r)).ToList();
        Cname = records.FirstOrDefault(r => r.Type == RRType.CNAME);
    }

    public MailNameKind Kind { get; }

    public DomainName Owner { get; }

    /// <summary>The domain the record speaks for (the owner without `_dmarc`, `selector._domainkey`, ...).</summary>
    public DomainName Domain { get; }

    /// <summary>The TXT records, in file order; a record identical to an earlier one (ZL2008) is left out.</summary>
    public IReadOnlyList<MailTxt> Txt { get; }

    public ResourceRecord? Cname { get; }

    private object? _parsed;

    /// <summary>The TXT records read by <paramref name="parse"/>, once for every rule (a name holds one kind of record).</summary>
    public IReadOnlyList<T> Read<T>(System.Func<MailTxt, T> parse) =>
        (IReadOnlyList<T>)(_parsed ??= Txt.Select(parse).ToList());
}

/// <summary>The mail-authentication names of a zone, found once per check and shared by the ZL4xxx rules.</summary>
internal static class MailRecords
{
    private static readonly ConditionalWeakTable<ZoneContext, IReadOnlyList<MailName>> Cache = new();

    /// <summary>The names of one kind, in the order of <see cref="ZoneContext.RecordsByOwner"/>.</summary>
    public static IEnumerable<MailName> Of(ZoneContext context, MailNameKind kind) =>
        Cache.GetValue(context, Find).Where(n => n.Kind == kind);

    private static IReadOnlyList<MailName> Find(ZoneContext context)
    {
        var result = new List<MailName>();
        foreach (var pair in context.RecordsByOwner)
        {
            var kind = Classify(pair.Key, out var domain);
            if (kind == null) continue;
            var records = pair.Value.Where((r, i) => r.Type != RRType.TXT || !pair.Value.Take(i).Any(e => e.Type == RRType.TXT && e.Rdata.Wire.SequenceEqual(r.Rdata.Wire))).ToList();
            result.Add(new MailName(kind.Value, pair.Key, domain!, records));
        }
        return result;
    }

    /// <summary>Which kind of record the name is for, told by its labels; null for any other name.</summary>
    internal static MailNameKind? Classify(DomainName name, out DomainName? domain)
    {
        domain = null;
        if (name.LabelCount < 2) return null;
        if (IsLabel(name, 0, "_dmarc"))
        {
            domain = name.Parent();
            return MailNameKind.Dmarc;
        }
        if (IsLabel(name, 0, "_mta-sts"))
        {
            domain = name.Parent();
            return MailNameKind.MtaSts;
        }
        if (name.LabelCount >= 3 && IsLabel(name, 0, "_smtp") && IsLabel(name, 1, "_tls"))
        {
            domain = name.Parent(2);
            return MailNameKind.TlsRpt;
        }
        // RFC 6376 §3.6.2.1: `selector._domainkey.domain`, where a selector may have several labels. ADSP's
        // `_adsp._domainkey` (RFC 5617, historic) is no key.
        for (int i = 1; i < name.LabelCount; i++)
        {
            if (!IsLabel(name, i, "_domainkey")) continue;
            if (i == 1 && IsLabel(name, 0, "_adsp")) return null;
            domain = name.Parent(i + 1);
            return MailNameKind.DkimKey;
        }
        return null;
    }

    public static bool IsLabel(DomainName name, int index, string label)
    {
        var bytes = name.Labels[index];
        if (bytes.Length != label.Length) return false;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != label[i]) return false;
        }
        return true;
    }
}
