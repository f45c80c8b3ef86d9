using System;
using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dmarc;

/// <summary>ZL4002: a tag DMARC does not define, which receivers ignore (RFC 7489 §6.3), with the tag it was likely meant to be.</summary>
public sealed class DmarcUnknownTagRule : ZoneRule
{
    private static readonly string[] Tags = { "p", "sp", "np", "rua", "ruf", "adkim", "aspf", "ri", "fo", "rf", "pct", "psd", "t" };

    public override RuleDescriptor Descriptor => RuleCatalog.DmarcUnknownTag;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (_, records) in DmarcRecords.InZone(context))
        {
            foreach (var record in records.Where(r => r.IsSelected))
            {
                foreach (var tag in record.UnknownTags)
                {
                    string? meant = Tags.FirstOrDefault(t => IsTypo(tag.Name.ToLowerInvariant(), t));
                    context.Report(Descriptor, record.Txt.SpanOf(tag.NameStart, tag.NameEnd),
                        $"'{tag.Name}' is no DMARC tag, so receivers ignore '{tag.Name}={tag.Value}' (RFC 7489 §6.3)"
                        + (meant != null ? $"; did you mean '{meant}'?" : "; remove it or correct its name"));
                }
            }
        }
    }

    /// <summary>One letter changed, added, dropped, or two neighbours swapped.</summary>
    private static bool IsTypo(string written, string tag)
    {
        if (Math.Abs(written.Length - tag.Length) > 1 || written.Length < 2) return false;
        int i = 0;
        while (i < written.Length && i < tag.Length && written[i] == tag[i]) i++;
        if (written.Length == tag.Length)
        {
            if (written.Substring(i + 1) == tag.Substring(i + 1)) return true;
            return i + 1 < written.Length && written[i] == tag[i + 1] && written[i + 1] == tag[i] && written.Substring(i + 2) == tag.Substring(i + 2);
        }
        return written.Length > tag.Length ? written.Substring(i + 1) == tag.Substring(i) : written.Substring(i) == tag.Substring(i + 1);
    }
}
