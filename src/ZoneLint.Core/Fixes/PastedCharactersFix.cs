using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL1006: typographic double quotes become straight ones and full-width or no-break spaces ASCII spaces. A
/// typographic quote inside a straight-quoted string is text there, so it is left alone; so is every other pasted
/// character (a placeholder such as `サーバーのIPアドレス` needs a person to write the real value).
/// </summary>
public sealed class PastedCharactersFix : ZoneFix
{
    public override string RuleId => RuleIds.PastedCharacters;

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        string written = context.TextOf(diagnostic);
        bool quoted = InsideQuotes(context.Source.Text, diagnostic.Span.Start);
        var sb = new StringBuilder(written.Length);
        foreach (char c in written)
        {
            char? replacement = c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' when !quoted => '"',
                '\u3000' or '\u00A0' => ' ',
                _ when c < 0x7F && c >= 0x20 => c,
                _ => null,
            };
            if (replacement == null) return None;
            sb.Append(replacement.Value);
        }
        return One(diagnostic, sb.ToString());
    }

    /// <summary>Whether an offset is inside a straight-quoted string (which never spans lines in a zone file).</summary>
    private static bool InsideQuotes(string text, int offset)
    {
        int lineStart = offset;
        while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
        bool inside = false;
        for (int i = lineStart; i < offset; i++)
        {
            char c = text[i];
            if (c == '\\') i++;
            else if (c == '"') inside = !inside;
            else if (c == ';' && !inside) return false;
        }
        return inside;
    }
}
