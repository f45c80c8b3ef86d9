using System.Security.Cryptography;
using System.Text;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Diagnostics;

/// <summary>
/// What identifies a finding across edits of the file around it: the rule and the text of the lines it is on, with
/// whitespace runs folded, not the line numbers. Moving a record keeps its fingerprint; changing it makes a new one.
/// Baselines match findings by it, and SARIF carries it as a partial fingerprint.
/// </summary>
public static class DiagnosticFingerprint
{
    /// <summary>
    /// The fingerprint of a finding in <paramref name="source"/> (the file its span points into); without the
    /// source, the message stands in for the text.
    /// </summary>
    public static string Of(ZoneDiagnostic diagnostic, SourceText? source)
    {
        var text = new StringBuilder(diagnostic.Id).Append('\n');
        if (source != null && diagnostic.Span.StartLine <= source.LineCount && diagnostic.Span.EndLine <= source.LineCount)
        {
            for (int line = diagnostic.Span.StartLine; line <= diagnostic.Span.EndLine; line++)
            {
                var span = source.LineSpan(line);
                AppendFolded(text, source.Text, span.Start, span.End);
                text.Append('\n');
            }
        }
        else
        {
            AppendFolded(text, diagnostic.Message, 0, diagnostic.Message.Length);
        }
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        return ToHex(hash, 8);
    }

    /// <summary>Appends text[start..end) with leading and trailing blanks dropped and inner runs of them as one space.</summary>
    private static void AppendFolded(StringBuilder sb, string text, int start, int end)
    {
        bool pendingSpace = false;
        bool any = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            sb.Append(c);
            pendingSpace = false;
            any = true;
        }
    }

    private static string ToHex(byte[] bytes, int count)
    {
        var sb = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++) sb.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
