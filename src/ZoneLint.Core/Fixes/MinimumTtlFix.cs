using System.Collections.Generic;
using System.Globalization;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL2003: a TTL written below the minimum (on a record or in $TTL) is raised to the minimum. A TTL taken from the
/// SOA minimum field is left alone: that field is also the negative-caching TTL, which is not this rule's to change.
/// </summary>
public sealed class MinimumTtlFix : ZoneFix
{
    public override string RuleId => RuleIds.TtlBelowMinimum;

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        string written = context.TextOf(diagnostic);
        uint minimum = context.Options.Rules.MinimumTtl;
        if (!Ttl.LooksLikeTtl(written) || Ttl.TryParse(written, out uint seconds) != null || seconds >= minimum) return None;
        var edit = new TextEdit(diagnostic.Span.File, diagnostic.Span.Start, diagnostic.Span.End, minimum.ToString(CultureInfo.InvariantCulture));
        return KeepingColumns(edit, context.Source.Text);
    }
}
