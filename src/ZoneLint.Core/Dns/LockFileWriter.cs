using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Dns;

/// <summary>
/// Writes a lock file as JSON that diffs well: names in canonical order, types by number, records sorted, one
/// record a line, two-space indents, `\n` line ends, a final newline. The same lock always gives the same bytes.
/// </summary>
public static class LockFileWriter
{
    /// <summary>The format of <see cref="LockedAnswer.Fetched"/>: ISO 8601, UTC, to the second.</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Write(LockFile lockFile)
    {
        var sb = new StringBuilder();
        sb.Append("{\n");
        sb.Append("  \"version\": ").Append(LockFile.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        var domains = lockFile.Answers.GroupBy(a => a.Name).ToList();
        if (domains.Count == 0)
        {
            sb.Append("  \"domains\": {}\n}\n");
            return sb.ToString();
        }
        sb.Append("  \"domains\": {\n");
        for (int d = 0; d < domains.Count; d++)
        {
            sb.Append("    ").Append(Quote(NameKey(domains[d].Key))).Append(": {\n");
            var answers = domains[d].ToList();
            for (int a = 0; a < answers.Count; a++)
            {
                WriteAnswer(sb, answers[a]);
                sb.Append(a + 1 < answers.Count ? ",\n" : "\n");
            }
            sb.Append("    }").Append(d + 1 < domains.Count ? ",\n" : "\n");
        }
        sb.Append("  }\n}\n");
        return sb.ToString();
    }

    /// <summary>Names are written in lower case (RFC 4343: case does not matter), so that a key is stable.</summary>
    internal static string NameKey(DomainName name) => name.ToString().ToLowerInvariant();

    public static string FormatStatus(DnsStatus status) => status switch
    {
        DnsStatus.NoError => "NOERROR",
        DnsStatus.NxDomain => "NXDOMAIN",
        DnsStatus.ServerFailure => "SERVFAIL",
        DnsStatus.Timeout => "TIMEOUT",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a lock file has no Unknown answers"),
    };

    private static void WriteAnswer(StringBuilder sb, LockedAnswer answer)
    {
        sb.Append("      ").Append(Quote(RRType.ToName(answer.Type))).Append(": {\n");
        sb.Append("        \"status\": ").Append(Quote(FormatStatus(answer.Status))).Append(",\n");
        if (answer.Owner is { } owner) sb.Append("        \"owner\": ").Append(Quote(NameKey(owner))).Append(",\n");
        if (answer.Error is { } error) sb.Append("        \"error\": ").Append(Quote(error)).Append(",\n");
        sb.Append("        \"fetched\": ").Append(Quote(answer.Fetched.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture))).Append(",\n");
        var records = answer.Records
            .OrderBy(r => r.Rdata, LockRdata.CanonicalComparer)
            .Select(r => LockRdata.IsTextType(answer.Type)
                ? "[" + string.Join(", ", LockRdata.TextStrings(r.Rdata).Select(Quote)) + "]"
                : Quote(LockRdata.Format(answer.Type, r.Rdata)))
            .ToList();
        if (records.Count == 0)
        {
            sb.Append("        \"records\": []\n");
        }
        else
        {
            sb.Append("        \"records\": [\n");
            for (int i = 0; i < records.Count; i++)
                sb.Append("          ").Append(records[i]).Append(i + 1 < records.Count ? ",\n" : "\n");
            sb.Append("        ]\n");
        }
        sb.Append("      }");
    }

    /// <summary>A JSON string (RFC 8259 §7); octets outside printable ASCII as \u00XX, so the file stays ASCII.</summary>
    internal static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
