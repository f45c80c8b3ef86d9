using System.Collections.Generic;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Fixes;

/// <summary>
/// ZL1003: a quoted character-string over 255 octets becomes several quoted strings, each cut just after a space, so
/// the strings joined with nothing between (as SPF and DKIM read them, RFC 7208 §3.3) are the text that was written.
/// A string with no space where a cut is needed, or written without quotes, is left for a person.
/// </summary>
public sealed class SplitCharacterStringFix : ZoneFix
{
    public override string RuleId => RuleIds.CharacterStringTooLong;

    public override IReadOnlyList<TextEdit> Edits(ZoneDiagnostic diagnostic, FixContext context)
    {
        string written = context.TextOf(diagnostic);
        if (written.Length < 2 || written[0] != '"' || written[written.Length - 1] != '"' || EndsWithEscape(written)) return None;
        string inside = written.Substring(1, written.Length - 2);
        if (CharacterStrings.Octets(inside) <= CharacterStrings.MaxOctets) return None;
        var pieces = CharacterStrings.SplitAtSpaces(inside);
        return pieces == null || pieces.Count < 2 ? None : One(diagnostic, CharacterStrings.Quoted(pieces));
    }

    /// <summary>`"...\"` is no closed string: the last quote is escaped.</summary>
    private static bool EndsWithEscape(string written)
    {
        int backslashes = 0;
        for (int i = written.Length - 2; i >= 0 && written[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
