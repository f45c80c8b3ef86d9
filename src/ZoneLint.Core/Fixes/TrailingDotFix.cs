using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL2001 and ZL2002: the name written repeats the origin, so the name meant is the written text as an absolute name;
/// the fix adds the trailing dot. Only a plain name is touched (no `@`, no $GENERATE template).
/// </summary>
public sealed class TrailingDotFix : ZoneFix
{
    public TrailingDotFix(string ruleId)
    {
        RuleId = ruleId;
    }

    public override string RuleId { get; }

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        string written = context.TextOf(diagnostic);
        if (written.Length == 0 || written.EndsWith(".", System.StringComparison.Ordinal) || written.IndexOfAny(NotInPlainName) >= 0)
            return None;
        if (DomainName.TryParse(written + ".", DomainName.Root, out _) != null) return None;
        return KeepingColumns(TextEdit.Insert(diagnostic.Span.File, diagnostic.Span.End, "."), context.Source.Text);
    }

    private static readonly char[] NotInPlainName = { '@', '$', '"', ' ', '\t', '\r', '\n', '(', ')', ';', '{', '}' };
}
