using System.Collections.Generic;
using System.Linq;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rules.Spf.Syntax;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL3004: two SPF records at a name become one. The first record's text is replaced by the merge the finding offers
/// (split into strings at term boundaries when over 255 octets) and the second record is commented out, so its bytes
/// stay in the file for the reviewer. Reported on the second record; a third is merged in the next pass.
///
/// Left for a person: a merge that has to choose (<see cref="SpfMergedRecord.Chose"/>), a record that is damaged
/// (ZL3002, ZL1006: fixed first, then merged), a type-99 record, records in different files or spread over lines, text
/// that is not plain ASCII, and a second record whose removal would change the owner or TTL that the next record
/// inherits, or with a directive between it and the records written around it.
/// </summary>
public sealed class MergeSpfRecordsFix : ZoneFix
{
    public override string RuleId => RuleIds.SpfMultipleRecords;

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        var records = context.Zone.Records;
        int at = IndexOf(records, diagnostic);
        if (at < 0) return None;
        var second = records[at];
        var intended = SpfRecordSet.From(second.Owner, records.Where(r => r.Owner.Equals(second.Owner)))?.Intended.Take(2).ToList();
        if (intended is not { Count: 2 } || intended[1].Record != second) return None;
        var first = intended[0];
        if (!Mergeable(first, context) || !Mergeable(intended[1], context)) return None;

        var merged = SpfRecordMerger.Merge(new[] { first.Value, intended[1].Value });
        if (merged.Chose || !IsPlainText(merged.Text) || CharacterStrings.SplitAtSpaces(merged.Text) is not { } pieces) return None;
        var textSpan = first.TextSpan;
        if (textSpan.StartLine != textSpan.EndLine || textSpan.EndLine >= second.Span.StartLine) return None;
        if (!OnLinesOfItsOwn(second, context.Source.Text) || !NeighboursUnchanged(records, at)) return None;

        string text = context.Source.Text;
        var replacement = new StringBuilder(CharacterStrings.Quoted(pieces))
            .Append(text, textSpan.End, second.Span.Start - textSpan.End)
            .Append(CommentedOut(text.Substring(second.Span.Start, second.Span.End - second.Span.Start)));
        return new[] { new TextEdit(diagnostic.Span.File, textSpan.Start, second.Span.End, replacement.ToString()) { RemovedRecords = 1 } };
    }

    private static int IndexOf(IReadOnlyList<ResourceRecord> records, ZoneDiagnostic diagnostic)
    {
        for (int i = 0; i < records.Count; i++)
        {
            var span = records[i].Span;
            if (span.Start == diagnostic.Span.Start && span.End == diagnostic.Span.End && span.File == diagnostic.Span.File) return i;
        }
        return -1;
    }

    /// <summary>A TXT record of this file, written by hand, every string in intact double quotes.</summary>
    private static bool Mergeable(SpfCandidate candidate, FixContext context)
    {
        var record = candidate.Record;
        if (candidate.Form != SpfCandidateForm.Record || candidate.IsSpfType || record.Generated || record.Source != context.Source) return false;
        return record.Rdata.Strings.All(s => s.Token.IsQuoted);
    }

    /// <summary>Printable ASCII with nothing that would need an escape inside double quotes.</summary>
    private static bool IsPlainText(string text) => text.All(c => c >= ' ' && c <= '~' && c != '"' && c != '\\');

    /// <summary>Only blanks before the record on its first line, and only blanks or a comment after it on its last.</summary>
    private static bool OnLinesOfItsOwn(ResourceRecord record, string text)
    {
        for (int i = record.Span.Start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] != ' ' && text[i] != '\t') return false;
        }
        return AtEndOfLine(text, record.Span.End);
    }

    /// <summary>
    /// The record after the removed one keeps its owner and TTL. Its neighbours are the nearest records of the same file
    /// written by hand, and no directive may stand between them: `$INCLUDE` and `$GENERATE` put records in between whose
    /// owners a blank owner does not take, `$TTL` and `$ORIGIN` change what follows. Then the next record writes its owner
    /// and TTL, or it inherited them from the removed record and the previous one has the same (RFC 1035 §5.1: a blank
    /// owner is the previous record's; with no $TTL, a missing TTL is the previous record's too).
    /// </summary>
    private static bool NeighboursUnchanged(IReadOnlyList<ResourceRecord> records, int removed)
    {
        var record = records[removed];
        var previous = Neighbour(records, removed, -1);
        var next = Neighbour(records, removed, +1);
        string text = record.Source.Text;
        if (HasDirective(text, previous?.Span.End ?? 0, next?.Span.Start ?? text.Length)) return false;
        if (next == null) return true;
        bool owner = next.HasOwnerText || !record.HasOwnerText || (previous != null && previous.Owner.Equals(record.Owner));
        bool ttl = next.TtlSource != TtlSource.PreviousRecord || (previous != null && previous.Ttl == record.Ttl);
        return owner && ttl;
    }

    /// <summary>The nearest record before (<paramref name="step"/> -1) or after (+1) that is in the same file and not generated.</summary>
    private static ResourceRecord? Neighbour(IReadOnlyList<ResourceRecord> records, int at, int step)
    {
        for (int i = at + step; i >= 0 && i < records.Count; i += step)
        {
            if (records[i].Source == records[at].Source && !records[i].Generated) return records[i];
        }
        return null;
    }

    /// <summary>A line from <paramref name="start"/> to <paramref name="end"/> begins with `$`: a directive.</summary>
    private static bool HasDirective(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] == '$' && (i == 0 || text[i - 1] == '\n')) return true;
        }
        return false;
    }

    /// <summary>Each line of the record turned into a comment: `; ` before its first character and at each line start.</summary>
    private static string CommentedOut(string record) => "; " + record.Replace("\n", "\n; ");
}
