using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// Writes records and RDATA in the master-file format of RFC 1035 §5, the inverse of <see cref="RdataParser"/>:
/// what it writes parses back to the same owner, TTL, class, type and wire RDATA. RDATA is written in the type's
/// presentation form where ZoneLint knows one and the wire is valid for it (numbers in decimal, names absolute,
/// character-strings quoted with `\"`, `\\` and `\DDD` escapes), else in RFC 3597's generic form `\# length hex`.
/// </summary>
public static class RdataFormatter
{
    private static readonly SourceSpan Nowhere = new SourceText(string.Empty, string.Empty).Span(0, 0);

    /// <summary>
    /// One zone-file line: absolute owner, TTL in seconds, class, type and RDATA, separated by single spaces, with no
    /// line break. Names use RFC 1035 escapes (`\.`, `\DDD`), so any label, whatever its octets, is written exactly.
    /// </summary>
    public static string FormatRecord(ResourceRecord record) =>
        FormatRecord(record.Owner, record.Ttl, record.Class, record.Type, record.Rdata.Wire);

    /// <inheritdoc cref="FormatRecord(ResourceRecord)"/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ttl"/> is over <see cref="Ttl.Max"/> (RFC 2181 §8).</exception>
    public static string FormatRecord(DomainName owner, uint ttl, ushort @class, ushort type, byte[] rdata)
    {
        if (ttl > Ttl.Max) throw new ArgumentOutOfRangeException(nameof(ttl), ttl, $"a TTL is at most {Ttl.Max} (RFC 2181 §8)");
        var line = new StringBuilder();
        line.Append(owner).Append(' ').Append(ttl.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(RRClass.ToName(@class)).Append(' ').Append(RRType.ToName(type));
        string text = Format(type, rdata);
        if (text.Length > 0) line.Append(' ').Append(text);
        return line.ToString();
    }

    /// <summary>
    /// The RDATA of a record of <paramref name="type"/> in presentation form (see the class summary); RFC 3597's
    /// generic form when the type has none that ZoneLint knows, or when the wire is not valid for the type.
    /// </summary>
    public static string Format(ushort type, byte[] rdata)
    {
        string? text = TryFormatPresentation(type, rdata);
        return text ?? FormatGeneric(rdata);
    }

    /// <summary>RFC 3597 §5: `\#`, the length in octets, and the octets in hex (none when the length is 0).</summary>
    public static string FormatGeneric(byte[] rdata)
    {
        var sb = new StringBuilder(rdata.Length * 2 + 10);
        sb.Append(@"\# ").Append(rdata.Length.ToString(CultureInfo.InvariantCulture));
        if (rdata.Length > 0)
        {
            sb.Append(' ');
            PresentationCodec.AppendHex(sb, rdata, 0, rdata.Length);
        }
        return sb.ToString();
    }

    /// <summary>One character-string (RFC 1035 §3.3) in double quotes, escaped as in TXT RDATA.</summary>
    public static string FormatCharacterString(byte[] value)
    {
        var sb = new StringBuilder(value.Length + 2);
        PresentationCodec.AppendQuoted(sb, value, 0, value.Length);
        return sb.ToString();
    }

    /// <summary>The presentation form, or null when the type has none or it would not read back as these octets.</summary>
    private static string? TryFormatPresentation(ushort type, byte[] rdata)
    {
        var spec = RdataTypes.Find(type);
        if (spec == null || (rdata.Length == 0 && !spec.AllowsEmpty)) return null;
        var writer = new PresentationWriter(type, rdata);
        try
        {
            var custom = PresentationTypes.Find(type);
            if (custom != null) custom(writer);
            else spec.Read(writer);
            writer.End();
        }
        catch (RdataException)
        {
            return null;
        }
        string text = writer.ToString();
        // The readers are stricter than the wire in places (SVCB's mandatory keys, an X25 address of digits, LOC's
        // normalised precisions): where the text would be refused or read as other octets, the generic form is written.
        return ReadsBackAs(type, text, rdata) ? text : null;
    }

    private static bool ReadsBackAs(ushort type, string text, byte[] rdata)
    {
        var diagnostics = new DiagnosticBag();
        var lexer = new ZoneLexer(new SourceText(string.Empty, text), diagnostics);
        var entry = lexer.NextEntry();
        if (lexer.NextEntry() != null || (entry != null && entry.HasLexicalError)) return false;
        IReadOnlyList<Token> tokens = entry?.Tokens ?? Array.Empty<Token>();
        try
        {
            var wire = RdataParser.Parse(type, tokens, DomainName.Root, Nowhere).Wire;
            return SameOctets(wire, rdata);
        }
        catch (RdataException)
        {
            return false;
        }
    }

    private static bool SameOctets(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
