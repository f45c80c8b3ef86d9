using System;
using System.Collections.Generic;
using System.Linq;

namespace ZoneLint.Core.Rules.Mail.Smtp;

/// <summary>
/// An MTA-STS record (RFC 8461 §3.1, at `_mta-sts.&lt;domain&gt;`) or a TLS-RPT record (RFC 8460 §3, at
/// `_smtp._tls.&lt;domain&gt;`): both begin with their exact version, then fields `name=value` separated by `;` with
/// white space only around the `;`. Senders discard a record that does not begin with the version, and use none
/// when the rest is invalid or more than one record begins with it.
/// </summary>
internal sealed class SmtpTlsRecord
{
    private SmtpTlsRecord(MailTxt txt, TagList tags, string version)
    {
        Txt = txt;
        Tags = tags;
        Version = version;
    }

    public MailTxt Txt { get; }

    public TagList Tags { get; }

    /// <summary>`v=STSv1` or `v=TLSRPTv1`.</summary>
    public string Version { get; }

    /// <summary>The record begins with its version (followed by `;`, white space or nothing), so senders take it.</summary>
    public bool IsSelected { get; private set; }

    /// <summary>Not selected, but plainly meant as this kind of record.</summary>
    public bool LooksLikeOne { get; private set; }

    public List<TagProblem> Errors { get; } = new();

    public static SmtpTlsRecord MtaSts(MailTxt txt)
    {
        var record = Parse(txt, "v=STSv1", "sts");
        if (record.IsSelected) record.CheckId();
        return record;
    }

    public static SmtpTlsRecord TlsRpt(MailTxt txt)
    {
        var record = Parse(txt, "v=TLSRPTv1", "tlsrpt");
        if (record.IsSelected) record.CheckRua();
        return record;
    }

    private static SmtpTlsRecord Parse(MailTxt txt, string version, string keyword)
    {
        string text = txt.Value;
        var record = new SmtpTlsRecord(txt, TagList.Parse(text, ignoreCase: false, IsExtensionName), version);
        record.IsSelected = text.StartsWith(version, StringComparison.Ordinal)
            && (text.Length == version.Length || text[version.Length] == ';' || TagList.IsWhiteSpace(text[version.Length]));
        if (!record.IsSelected)
        {
            record.LooksLikeOne = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0;
            if (record.LooksLikeOne)
            {
                int start = text.Length - text.TrimStart().Length;
                int end = text.IndexOf(';');
                record.Errors.Add(new TagProblem(start, end < 0 ? text.Length : end,
                    $"the record does not begin with {version} (exactly so, in this case, at the very start), so senders discard it; write \"{version}; ...\""));
            }
            return record;
        }
        record.Errors.AddRange(record.Tags.Problems);
        foreach (var tag in record.Tags.Tags)
        {
            if (tag.SpaceAroundEquals)
                record.Errors.Add(new TagProblem(tag.NameStart, tag.ValueEnd, $"'{tag.Name}' has white space around '=', which this record does not allow; write {tag.Name}={tag.Value}"));
            // rua= is a list of URIs, which may hold '=' and white space around its commas: it is checked URI by URI.
            else if (tag.Name != "rua" && (tag.Value.Length == 0 || tag.Value.Any(c => TagList.IsWhiteSpace(c) || c == '=')))
                record.Errors.Add(new TagProblem(tag.NameStart, tag.ValueEnd, $"the value of '{tag.Name}' is empty or holds white space or '=', which this record does not allow"));
        }
        return record;
    }

    /// <summary>RFC 8461 §3.1: sts-id = %s"id=" 1*32(ALPHA / DIGIT), required.</summary>
    private void CheckId()
    {
        var id = Tags.Find("id");
        if (id == null)
        {
            Errors.Add(new TagProblem(0, Tags.Text.Length,
                "the MTA-STS record has no id= (RFC 8461 §3.1: required), so senders ignore it; add id= with 1 to 32 letters and digits that change whenever the policy does, e.g. id=20260101T000000"));
        }
        else if (id.Value.Length is < 1 or > 32 || !id.Value.All(c => TagList.IsAlpha(c) || TagList.IsDigit(c)))
        {
            Errors.Add(new TagProblem(id.ValueStart, Math.Max(id.ValueEnd, id.EqualsAt + 1),
                $"'{id.Value}' is not a policy id: id= takes 1 to 32 letters and digits, nothing else (RFC 8461 §3.1)"));
        }
    }

    /// <summary>RFC 8460 §3: tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri), required; mailto: or https:.</summary>
    private void CheckRua()
    {
        var rua = Tags.Find("rua");
        if (rua == null)
        {
            Errors.Add(new TagProblem(0, Tags.Text.Length,
                "the TLS-RPT record has no rua= (RFC 8460 §3: required), so senders have nowhere to send reports; add rua=mailto:tls-reports@... or rua=https://..."));
            return;
        }
        foreach (var uri in ReportUri.ParseList(Tags.Text, rua.ValueStart, rua.ValueEnd, allowSize: false, "mailto", "https").Where(u => u.Error != null))
            Errors.Add(new TagProblem(uri.Start, uri.End, $"in rua=: {uri.Error} (RFC 8460 §3)"));
    }

    /// <summary>ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".") (RFC 8461 §3.1, RFC 8460 §3).</summary>
    private static bool IsExtensionName(string name) =>
        name.Length is >= 1 and <= 32 && (TagList.IsAlpha(name[0]) || TagList.IsDigit(name[0]))
        && name.All(c => TagList.IsAlpha(c) || TagList.IsDigit(c) || c == '_' || c == '-' || c == '.');
}
