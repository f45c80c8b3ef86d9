using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ZoneLint.Cli.Tests.Output;

/// <summary>
/// Reads a line as the GitHub Actions runner does (ActionCommand.TryParseV2 and its unescaping), and checks it
/// against the strict grammar of the annotations zonelint writes.
/// </summary>
internal static class WorkflowCommandParser
{
    private const string Property = "(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)+";

    /// <summary>`::error|warning|notice file=…,line=…[,col=…],endLine=…[,endColumn=…],title=ZLnnnn::message`, escapes complete.</summary>
    public static readonly Regex Annotation = new(
        "^::(?<name>error|warning|notice) " +
        $"file=(?<file>{Property}),line=(?<line>[1-9][0-9]*)(?:,col=(?<col>[1-9][0-9]*))?" +
        ",endLine=(?<endLine>[1-9][0-9]*)(?:,endColumn=(?<endColumn>[1-9][0-9]*))?,title=(?<title>ZL[0-9]{4})" +
        "::(?<data>(?:[^%\r\n]|%25|%0D|%0A)*)$",
        RegexOptions.CultureInvariant);

    public sealed record Command(string Name, Dictionary<string, string> Properties, string Data);

    /// <summary>The command the runner would see in this line, or null when it sees none.</summary>
    public static Command? Parse(string line)
    {
        string message = line.TrimStart();
        if (!message.StartsWith("::", StringComparison.Ordinal)) return null;
        int end = message.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0) return null;
        string info = message[2..end];
        int space = info.IndexOf(' ');
        string name = space < 0 ? info : info[..space];
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space > 0)
        {
            foreach (string property in info[(space + 1)..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] pair = property.Split('=', 2, StringSplitOptions.RemoveEmptyEntries);
                if (pair.Length == 2) properties[pair[0]] = Unescape(pair[1], property: true);
            }
        }
        return new Command(name, properties, Unescape(message[(end + 2)..], property: false));
    }

    /// <summary>The runner's unescaping: replacements one after the other, %25 last.</summary>
    private static string Unescape(string text, bool property)
    {
        text = text.Replace("%0D", "\r").Replace("%0A", "\n");
        if (property) text = text.Replace("%3A", ":").Replace("%2C", ",");
        return text.Replace("%25", "%");
    }
}
