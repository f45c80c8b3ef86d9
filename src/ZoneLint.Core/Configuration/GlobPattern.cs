using System.Text;
using System.Text.RegularExpressions;

namespace ZoneLint.Core.Configuration;

/// <summary>
/// A file pattern over `/`-separated relative paths, case-sensitive: `*` matches within one folder name,
/// `?` one character other than `/`, `**` any run of characters across folders, and a whole `**/` segment
/// also no folder at all (`zones/**/*.zone` matches zones/a.zone).
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex _regex;

    private GlobPattern(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    /// <summary>The pattern as matched (a leading `./` removed).</summary>
    public string Pattern { get; }

    /// <summary>True when the pattern names folders; one without `/` is also tried against the bare file name.</summary>
    public bool HasSlash => Pattern.IndexOf('/') >= 0;

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    /// <summary>Returns null and the pattern, else why the text is not a usable pattern.</summary>
    public static string? TryCreate(string text, out GlobPattern? glob)
    {
        glob = null;
        string pattern = text;
        while (pattern.StartsWith("./", System.StringComparison.Ordinal)) pattern = pattern.Substring(2);
        if (pattern.Length == 0) return "the pattern is empty";
        if (pattern.IndexOf('\\') >= 0) return "write '/' between folders, not '\\'";
        if (pattern[0] == '/') return "patterns are relative to the folder of zonelint.json; remove the leading '/'";
        int special = pattern.IndexOfAny(new[] { '[', ']', '{', '}' });
        if (special >= 0) return $"'{pattern[special]}' has no meaning in a pattern: only *, ** and ? are wildcards";

        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool wholeSegment = (i == 0 || pattern[i - 1] == '/') && i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(wholeSegment ? "(?:.*/)?" : ".*");
                i += wholeSegment ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        regex.Append('$');
        glob = new GlobPattern(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline));
        return null;
    }

    public override string ToString() => Pattern;
}
