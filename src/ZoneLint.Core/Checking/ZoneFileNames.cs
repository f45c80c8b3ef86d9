using System;
using System.IO;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Checking;

/// <summary>The naming conventions for zone files: which files a folder search picks up, and the origin a name implies.</summary>
public static class ZoneFileNames
{
    /// <summary>`*.zone`, `db.*` and `*.db`, as CONTRACT.md lists them.</summary>
    public static bool IsZoneFileName(string path)
    {
        string name = Path.GetFileName(path);
        return name.EndsWith(".zone", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("db.", StringComparison.OrdinalIgnoreCase) && name.Length > 3);
    }

    /// <summary>
    /// The origin a file name implies: `example.com.zone`, `db.example.com`, `example.com.db` and `example.com` all
    /// give example.com. Null when the name is not a valid domain name.
    /// </summary>
    public static DomainName? OriginFromFileName(string path)
    {
        string name = Path.GetFileName(path);
        if (name.EndsWith(".zone", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 5);
        else if (name.EndsWith(".db", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 3);
        else if (name.StartsWith("db.", StringComparison.OrdinalIgnoreCase)) name = name.Substring(3);
        if (name.Length == 0) return null;
        if (!name.EndsWith(".", StringComparison.Ordinal)) name += ".";
        return DomainName.TryParse(name, DomainName.Root, out var origin) == null ? origin : null;
    }
}
