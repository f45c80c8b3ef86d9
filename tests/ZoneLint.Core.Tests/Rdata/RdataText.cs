using System.Linq;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Tests.Rdata;

/// <summary>Runs <see cref="RdataParser"/> on one line "TYPE rdata..." lexed as a zone file would be; the origin is example.</summary>
internal static class RdataText
{
    public static readonly DomainName Origin = DomainName.Parse("example.");

    public static RdataResult Parse(string line)
    {
        var tokens = new ZoneLexer(new SourceText("t.zone", line), new DiagnosticBag()).NextEntry()!.Tokens;
        Assert.True(RRType.TryParse(tokens[0].Text, out ushort type), $"'{tokens[0].Text}' is not a type");
        var end = tokens[0].Span;
        var endOfType = new SourceSpan(end.File, end.End, end.End, end.EndLine, end.EndColumn, end.EndLine, end.EndColumn);
        return RdataParser.Parse(type, tokens.Skip(1).ToList(), Origin, endOfType);
    }

    /// <summary>The wire form in upper-case hex.</summary>
    public static string Wire(string line) => Hex(Parse(line).Wire);

    public static RdataException Error(string line) => Assert.Throws<RdataException>(() => Parse(line));

    /// <summary>Asserts the error starts at <paramref name="column"/> (1-based) and its message contains <paramref name="message"/>.</summary>
    public static void AssertError(string line, int column, string message)
    {
        var error = Error(line);
        Assert.Contains(message, error.Message);
        Assert.Equal(column, error.Span.StartColumn);
    }

    public static string Hex(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) sb.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
