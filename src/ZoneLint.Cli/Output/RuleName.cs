using System.Text;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Output;

/// <summary>
/// A rule's SARIF `name`: its title in PascalCase ("SPF record over 450 octets" becomes SpfRecordOver450Octets),
/// without the parenthesised aside. Derived from the descriptor so that it cannot drift from the catalogue.
/// </summary>
internal static class RuleName
{
    public static string Of(RuleDescriptor rule)
    {
        var name = new StringBuilder(rule.Title.Length);
        bool inAside = false, wordStart = true;
        string title = rule.Title.Replace("'", ""); // "zone's" is one word
        for (int i = 0; i < title.Length; i++)
        {
            char c = title[i];
            if (c == '(') inAside = true;
            if (inAside)
            {
                if (c == ')') inAside = false;
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }
            // An acronym (SPF, DNS, TTLs) reads as a word; a word in mixed case (RRset) keeps its case.
            bool inAcronym = !wordStart && char.IsAsciiLetterUpper(c) && IsAcronym(title, i);
            name.Append(wordStart ? char.ToUpperInvariant(c) : inAcronym ? char.ToLowerInvariant(c) : c);
            wordStart = false;
        }
        return name.ToString();
    }

    /// <summary>Whether the word around position <paramref name="i"/> is in capitals only, but for a plural 's'.</summary>
    private static bool IsAcronym(string text, int i)
    {
        int start = i, end = i;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) start--;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        if (end - start > 2 && text[end - 1] == 's') end--;
        for (int k = start; k < end; k++)
        {
            if (char.IsAsciiLetterLower(text[k])) return false;
        }
        return true;
    }
}
