using System.IO;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>
/// A parse result as text, one line a record (span, owner, TTL, class, type, RDATA in wire hex), then one line a
/// diagnostic (ID, span). Spans name their file only when it is not the top file. The golden files hold this text.
/// </summary>
public static class ZoneDump
{
    public static string Format(ZoneParseResult zone)
    {
        string top = zone.Files.Count > 0 ? zone.Files[0].Path : "";
        var sb = new StringBuilder();
        sb.Append("; origin ").Append(zone.Origin).Append('\n');
        sb.Append("; records\n");
        foreach (var record in zone.Records) sb.Append(Record(record, top)).Append('\n');
        sb.Append("; diagnostics\n");
        foreach (var diagnostic in zone.Diagnostics.OrderBy(d => d.Span.File != top).ThenBy(d => d.Span.File).ThenBy(d => d.Span.Start))
            sb.Append(diagnostic.Id).Append(' ').Append(Span(diagnostic.Span, top)).Append('\n');
        return sb.ToString();
    }

    public static string Record(ResourceRecord record, string top = "") =>
        $"{Span(record.Span, top)} {record.Owner} {record.Ttl} {RRClass.ToName(record.Class)} {record.TypeName} {Hex(record.Rdata.Wire)}";

    public static string Span(SourceSpan span, string top = "")
    {
        string file = span.File == top ? "" : Path.GetFileName(span.File);
        return $"{file}({span.StartLine},{span.StartColumn})-({span.EndLine},{span.EndColumn})";
    }

    public static string Hex(byte[] wire)
    {
        if (wire.Length == 0) return "-";
        var sb = new StringBuilder(wire.Length * 2);
        foreach (byte b in wire) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }
}
