using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Smtp;

/// <summary>What the MTA-STS and TLS-RPT rules share: the records of one kind, their syntax errors, the records beyond the first.</summary>
public abstract class SmtpTlsRule : ZoneRule
{
    private protected abstract MailNameKind Kind { get; }

    private protected abstract SmtpTlsRecord Read(MailTxt txt);

    private protected IEnumerable<(MailName Name, IReadOnlyList<SmtpTlsRecord> Records)> InZone(ZoneContext context) =>
        MailRecords.Of(context, Kind).Select(n => (n, n.Read(Read)));

    /// <summary>Reports every syntax error of every record that is, or is plainly meant as, this kind.</summary>
    private protected void ReportErrors(ZoneContext context)
    {
        foreach (var (_, records) in InZone(context))
        {
            foreach (var record in records)
            {
                foreach (var error in record.Errors) context.Report(Descriptor, record.Txt.SpanOf(error), error.Message);
            }
        }
    }

    /// <summary>Reports each record beyond the first that begins with the version; <paramref name="consequence"/> says what senders do.</summary>
    private protected void ReportRepeats(ZoneContext context, Func<MailName, string> consequence)
    {
        foreach (var (name, records) in InZone(context))
        {
            var selected = records.Where(r => r.IsSelected).ToList();
            for (int i = 1; i < selected.Count; i++)
            {
                context.Report(Descriptor, selected[i].Txt.TextSpan,
                    $"{Spf.Syntax.SpfZoneText.Ordinal(i + 1)} record beginning with {selected[i].Version} at {name.Owner} (the first is on line {selected[0].Txt.Record.Span.StartLine}): {consequence(name)}");
            }
        }
    }
}

/// <summary>ZL4015: an MTA-STS record senders discard or ignore (RFC 8461 §3.1).</summary>
public sealed class MtaStsSyntaxRule : SmtpTlsRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MtaStsSyntax;

    private protected override MailNameKind Kind => MailNameKind.MtaSts;

    private protected override SmtpTlsRecord Read(MailTxt txt) => SmtpTlsRecord.MtaSts(txt);

    public override void Analyze(ZoneContext context) => ReportErrors(context);
}

/// <summary>ZL4016: more than one MTA-STS record: senders then assume there is no policy (RFC 8461 §3.1).</summary>
public sealed class MtaStsMultipleRecordsRule : SmtpTlsRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.MtaStsMultipleRecords;

    private protected override MailNameKind Kind => MailNameKind.MtaSts;

    private protected override SmtpTlsRecord Read(MailTxt txt) => SmtpTlsRecord.MtaSts(txt);

    public override void Analyze(ZoneContext context) => ReportRepeats(context, name =>
        $"with more than one, senders assume {name.Domain} has no MTA-STS policy (RFC 8461 §3.1); keep the one with the id of the policy now served");
}

/// <summary>ZL4017: a TLS-RPT record senders discard or ignore (RFC 8460 §3).</summary>
public sealed class TlsRptSyntaxRule : SmtpTlsRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TlsRptSyntax;

    private protected override MailNameKind Kind => MailNameKind.TlsRpt;

    private protected override SmtpTlsRecord Read(MailTxt txt) => SmtpTlsRecord.TlsRpt(txt);

    public override void Analyze(ZoneContext context) => ReportErrors(context);
}

/// <summary>ZL4018: more than one TLS-RPT record: senders then assume TLS-RPT is not implemented (RFC 8460 §3).</summary>
public sealed class TlsRptMultipleRecordsRule : SmtpTlsRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.TlsRptMultipleRecords;

    private protected override MailNameKind Kind => MailNameKind.TlsRpt;

    private protected override SmtpTlsRecord Read(MailTxt txt) => SmtpTlsRecord.TlsRpt(txt);

    public override void Analyze(ZoneContext context) => ReportRepeats(context, name =>
        $"with more than one, senders assume {name.Domain} does not implement TLS-RPT and send no reports (RFC 8460 §3); keep one record and list every destination in its rua=");
}
