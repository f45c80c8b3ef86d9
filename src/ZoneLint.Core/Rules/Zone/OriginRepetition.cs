using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Zone;

/// <summary>
/// The trailing-dot mistake: a name written without its final dot whose written part already ends with the origin
/// (or the zone's apex), so the origin is appended a second time: `mail.example.com` becomes mail.example.com.example.com.
/// A relative name that does not end with the origin (`www`, `mail.eu`) is left alone.
/// </summary>
internal static class OriginRepetition
{
    /// <summary>The name that was meant (the written part as an absolute name), or null when there is no repetition.</summary>
    public static DomainName? IntendedName(DomainName expanded, bool wasRelative, DomainName origin, DomainName apex)
    {
        if (!wasRelative || origin.IsRoot || !expanded.IsSubdomainOf(origin)) return null;
        var written = DomainName.FromLabels(expanded.Labels.Take(expanded.LabelCount - origin.LabelCount));
        if (written.IsRoot) return null;
        if (written.IsSubdomainOf(origin)) return written;
        return !apex.IsRoot && !apex.Equals(origin) && written.IsSubdomainOf(apex) ? written : null;
    }

    /// <summary>How to write the intended name: relative to the origin where it can be, else absolute with its dot.</summary>
    public static string Suggestion(DomainName intended, DomainName origin)
    {
        if (intended.Equals(origin)) return $"'@' or '{intended}'";
        if (intended.IsSubdomainOf(origin))
        {
            var relative = DomainName.FromLabels(intended.Labels.Take(intended.LabelCount - origin.LabelCount)).ToString();
            return $"'{relative.TrimEnd('.')}' or '{intended}'";
        }
        return $"'{intended}'";
    }
}
