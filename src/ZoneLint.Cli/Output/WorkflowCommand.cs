using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Cli.Output;

/// <summary>
/// A GitHub Actions workflow command, `::name key=value,key=value::data`, escaped as the runner unescapes it
/// (actions/toolkit core command.ts): in data % CR LF; in a property also ':' and ','. Once CR and LF are escaped
/// the command is one line, so nothing inside it can start a line of its own, let alone another command.
/// </summary>
internal static class WorkflowCommand
{
    public static string Format(string name, IEnumerable<KeyValuePair<string, string>> properties, string data)
    {
        var line = new StringBuilder("::").Append(name);
        char separator = ' ';
        foreach (var (key, value) in properties)
        {
            line.Append(separator).Append(key).Append('=').Append(EscapeProperty(value));
            separator = ',';
        }
        return line.Append("::").Append(EscapeData(data)).ToString();
    }

    public static string EscapeData(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
