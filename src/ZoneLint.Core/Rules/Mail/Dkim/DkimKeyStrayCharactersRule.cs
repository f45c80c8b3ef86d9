using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Rules.Mail.Dkim;

/// <summary>ZL4014: white space or a quote inside the base64 of p=, usually where the key was split into strings by hand.</summary>
public sealed class DkimKeyStrayCharactersRule : ZoneRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.DkimKeyStrayCharacters;

    public override void Analyze(ZoneContext context)
    {
        foreach (var (_, key) in DkimKeyRecords.InZone(context))
        {
            foreach (var stray in key.StrayCharacters) context.Report(Descriptor, key.Txt.SpanOf(stray), stray.Message);
        }
    }
}
