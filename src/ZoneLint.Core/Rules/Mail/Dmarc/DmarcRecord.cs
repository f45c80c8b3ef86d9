using System;
using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>
/// One TXT record at `_dmarc.&lt;domain&gt;`, read as RFC 7489 §6.3-6.4 define a DMARC record: whether receivers
/// select it (it starts with `v=DMARC1`, §6.6.3), its syntax errors, its unknown tags and its report URIs.
/// </summary>
internal sealed class DmarcRecord
{
    public const string Version = "DMARC1";

    private static readonly string[] Policies = { "none", "quarantine", "reject" };

    /// <summary>The tags of RFC 7489 §6.3, and those DMARCbis adds (np, psd, t), which receivers that know them use.</summary>
    private static readonly HashSet<string> KnownTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "v", "p", "sp", "rua", "ruf", "adkim", "aspf", "ri", "fo", "rf", "pct", "np", "psd", "t",
    };

    private DmarcRecord(MailTxt txt, TagList tags)
    {
        Txt = txt;
        Tags = tags;
    }

    public MailTxt Txt { get; }

    public TagList Tags { get; }

    /// <summary>Receivers take it as a DMARC record: its first tag is `v=DMARC1` (RFC 7489 §6.6.3).</summary>
    public bool IsSelected { get; private set; }

    /// <summary>Not selected, but plainly meant as DMARC (it names DMARC or has a `p=` tag).</summary>
    public bool LooksLikeDmarc { get; private set; }

    /// <summary>ZL4001: what makes the record invalid or not a DMARC record at all.</summary>
    public List<TagProblem> Errors { get; } = new();

    /// <summary>ZL4002: tags DMARC does not define, which receivers ignore.</summary>
    public List<Tag> UnknownTags { get; } = new();

    /// <summary>The valid report URIs of rua and ruf, each with its tag.</summary>
    public List<(Tag Tag, ReportUri Uri)> ReportUris { get; } = new();

    public static DmarcRecord Parse(MailTxt txt)
    {
        var record = new DmarcRecord(txt, TagList.Parse(txt.Value, ignoreCase: true));
        record.Check();
        return record;
    }

    private void Check()
    {
        var tags = Tags.Tags;
        var first = tags.Count > 0 ? tags[0] : null;
        IsSelected = StartsWithVersion(Tags);
        if (!IsSelected)
        {
            LooksLikeDmarc = Tags.Text.IndexOf("dmarc", StringComparison.OrdinalIgnoreCase) >= 0 || Tags.Find("p", StringComparison.OrdinalIgnoreCase) != null;
            if (LooksLikeDmarc) Errors.Add(VersionProblem(first));
            return;
        }
        Errors.AddRange(Tags.Problems);
        var p = Tags.Find("p", StringComparison.OrdinalIgnoreCase);
        if (p == null)
        {
            string hint = Txt.HasUnquotedText ? "; the text is not in double quotes, so its first ';' started a comment: write the record as one quoted string" : "";
            Errors.Add(new TagProblem(0, Tags.Text.Length,
                "the DMARC record has no p= tag (RFC 7489 §6.3: required), so receivers apply no policy, or p=none where a valid rua is given (§6.6.3); add p=none, p=quarantine or p=reject right after v=DMARC1" + hint));
        }
        else if (!ReferenceEquals(tags[1], p))
        {
            Errors.Add(new TagProblem(p.NameStart, p.ValueEnd,
                $"p= must come right after v=DMARC1 (RFC 7489 §6.4), but '{tags[1].Name}' stands between them; move p= to the second place"));
        }
        foreach (var tag in tags.Skip(1))
        {
            if (!KnownTags.Contains(tag.Name)) UnknownTags.Add(tag);
            else if (CheckValue(tag) is { } error) Errors.Add(new TagProblem(tag.Value.Length == 0 ? tag.NameStart : tag.ValueStart, tag.Value.Length == 0 ? tag.EqualsAt + 1 : tag.ValueEnd, error));
        }
    }

    /// <summary>Receivers take text as a DMARC record when its first tag is `v=DMARC1` (RFC 7489 §6.6.3).</summary>
    public static bool IsDmarc(string text) => StartsWithVersion(TagList.Parse(text, ignoreCase: true));

    private static bool StartsWithVersion(TagList tags) =>
        tags.Tags.Count > 0 && IsTag(tags.Tags[0], "v") && tags.Tags[0].Value == Version
        && tags.Text.Substring(0, tags.Tags[0].NameStart).All(TagList.IsWhiteSpace);

    private TagProblem VersionProblem(Tag? first)
    {
        if (first != null && IsTag(first, "v") && first.Value.StartsWith(Version, StringComparison.Ordinal))
        {
            return new TagProblem(first.NameStart, first.ValueEnd,
                "no ';' follows v=DMARC1, so the version runs into the next tag and receivers discard the record; write \"v=DMARC1; p=...\"");
        }
        if (first != null && IsTag(first, "v"))
        {
            return new TagProblem(first.ValueStart, first.Value.Length == 0 ? first.EqualsAt + 1 : first.ValueEnd,
                $"the version is '{first.Value}', but it must be exactly DMARC1 (RFC 7489 §6.3: upper case, no space), so receivers discard the record; write v=DMARC1");
        }
        var v = Tags.Find("v", StringComparison.OrdinalIgnoreCase);
        if (v != null)
        {
            return new TagProblem(v.NameStart, v.ValueEnd,
                "v=DMARC1 must be the first tag (RFC 7489 §6.3); receivers discard a record that does not start with it (§6.6.3); move it to the front");
        }
        int start = Tags.Text.Length - Tags.Text.TrimStart().Length;
        return new TagProblem(start, Tags.Text.Length,
            "the record does not start with v=DMARC1, so receivers discard it (RFC 7489 §6.6.3); write \"v=DMARC1; p=...\"");
    }

    private string? CheckValue(Tag tag)
    {
        string name = tag.Name.ToLowerInvariant();
        string value = tag.Value;
        switch (name)
        {
            case "v":
                return "v= may stand only once, at the start";
            case "p":
            case "sp":
            case "np":
                return Policies.Contains(value, StringComparer.OrdinalIgnoreCase) ? null
                    : $"'{value}' is not a policy: {name}= takes none, quarantine or reject (RFC 7489 §6.3)";
            case "adkim":
            case "aspf":
                return value.Equals("r", StringComparison.OrdinalIgnoreCase) || value.Equals("s", StringComparison.OrdinalIgnoreCase) ? null
                    : $"'{value}' is not an alignment mode: {name}= takes r (relaxed) or s (strict) (RFC 7489 §6.3)";
            case "pct":
                return value.Length is >= 1 and <= 3 && value.All(TagList.IsDigit) && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) <= 100 ? null
                    : $"'{value}' is not a percentage: pct= takes a whole number from 0 to 100 (RFC 7489 §6.3)";
            case "ri":
                return value.Length > 0 && value.All(TagList.IsDigit) && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong ri) && ri <= uint.MaxValue ? null
                    : $"'{value}' is not an interval: ri= takes a number of seconds, at most 4294967295 (RFC 7489 §6.3)";
            case "fo":
                return ColonList(value).All(o => o is "0" or "1" or "d" or "s" or "D" or "S") && value.Length > 0 ? null
                    : $"'{value}' is not a list of failure-reporting options: fo= takes 0, 1, d or s, separated by ':' (RFC 7489 §6.3)";
            case "rf":
                return value.Length > 0 && ColonList(value).All(f => f.Equals("afrf", StringComparison.OrdinalIgnoreCase)) ? null
                    : $"'{value}' is not a report format: rf= takes afrf, the only format defined (RFC 7489 §6.3)";
            case "psd":
                return value is "y" or "n" or "u" ? null : $"'{value}' is not a psd= value: it takes y, n or u (DMARCbis)";
            case "t":
                return value is "y" or "n" ? null : $"'{value}' is not a t= value: it takes y or n (DMARCbis)";
            case "rua":
            case "ruf":
                var uris = ReportUri.ParseList(Tags.Text, tag.ValueStart, tag.ValueEnd, allowSize: true);
                foreach (var uri in uris.Where(u => u.Error != null)) Errors.Add(new TagProblem(uri.Start, uri.End, $"in {name}=: {uri.Error} (RFC 7489 §6.2, §6.4)"));
                foreach (var uri in uris.Where(u => u.Error == null)) ReportUris.Add((tag, uri));
                return null;
            default:
                return null;
        }
    }

    private static IEnumerable<string> ColonList(string value) => value.Split(':').Select(s => s.Trim(' ', '\t'));

    private static bool IsTag(Tag tag, string name) => string.Equals(tag.Name, name, StringComparison.OrdinalIgnoreCase);
}
