using System.Collections.Generic;

namespace ZoneLint.Cli;

/// <summary>A parsed command line: positional arguments, options with a value, and flags.</summary>
public sealed class CommandLine
{
    public List<string> Arguments { get; } = new();

    /// <summary>Every value given for each option, in order (`--zone a --zone b`).</summary>
    public Dictionary<string, List<string>> Values { get; } = new();

    public HashSet<string> Flags { get; } = new();

    /// <summary>The value of an option given once; the last one when it was repeated.</summary>
    public string? Value(string name) => Values.TryGetValue(name, out var values) ? values[values.Count - 1] : null;

    public IReadOnlyList<string> All(string name) => Values.TryGetValue(name, out var values) ? values : new List<string>();

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>Options named in <paramref name="spec"/>: "--name=" takes a value, "--name" is a flag.</summary>
    public static CommandLine Parse(string[] args, IReadOnlyCollection<string> spec)
    {
        var result = new CommandLine();
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Length; i++) result.Arguments.Add(args[i]);
                break;
            }
            if (!arg.StartsWith("--", System.StringComparison.Ordinal) || arg.Length == 2)
            {
                result.Arguments.Add(arg);
                continue;
            }
            string name = arg;
            string? inline = null;
            int equals = arg.IndexOf('=');
            if (equals > 0)
            {
                name = arg.Substring(0, equals);
                inline = arg.Substring(equals + 1);
            }
            if (Contains(spec, name + "="))
            {
                string? value = inline ?? (i + 1 < args.Length ? args[++i] : null);
                if (value == null) throw new UsageException($"option {name} needs a value");
                if (!result.Values.TryGetValue(name, out var values)) result.Values[name] = values = new List<string>();
                values.Add(value);
            }
            else if (Contains(spec, name) && inline == null)
            {
                result.Flags.Add(name);
            }
            else
            {
                throw new UsageException($"unknown option '{arg}' (zonelint --help)");
            }
        }
        return result;
    }

    private static bool Contains(IReadOnlyCollection<string> spec, string name)
    {
        foreach (var item in spec)
        {
            if (item == name) return true;
        }
        return false;
    }
}
