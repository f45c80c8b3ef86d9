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
        // The written part is the first `written` labels; it is built only when it repeats the origin or the apex.
        int written = expanded.LabelCount - origin.LabelCount;
        if (written == 0) return null;
        if (EndsWith(expanded, written, origin)
            || (!apex.IsRoot && !apex.Equals(origin) && EndsWith(expanded, written, apex)))
            return DomainName.FromLabels(expanded.Labels.Take(written));
        return null;
    }

    /// <summary>Whether the first <paramref name="count"/> labels of <paramref name="name"/> end with <paramref name="suffix"/>.</summary>
    private static bool EndsWith(DomainName name, int count, DomainName suffix)
    {
        int offset = count - suffix.LabelCount;
        if (offset < 0) return false;
        for (int i = 0; i < suffix.LabelCount; i++)
        {
            if (!SameLabel(name.Labels[offset + i], suffix.Labels[i])) return false;
        }
        return true;
    }

    private static bool SameLabel(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Lower(a[i]) != Lower(b[i])) return false;
        }
        return true;
    }

    private static int Lower(byte b) => b >= 'A' && b <= 'Z' ? b + 32 : b;

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
