using System;
using System.Globalization;
using System.IO;
using System.Text;
using ZoneLint.ZoneGenerator;

// zonegen --records N [--seed S] [--origin NAME] -o FILE
// zonegen --files K [--seed S] [--origin NAME] -o FOLDER   (K zones of 20 to 200 records, named <label>.<origin>.zone)
// --generic-caa writes CAA as RFC 3597 TYPE257, for checkers that predate CAA (validns).
long records = 0, files = 0;
ulong seed = 1;
string origin = "example.com";
string? output = null;
bool genericCaa = false;
for (int i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw Usage($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--records": records = long.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--files": files = long.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--origin": origin = Value().TrimEnd('.'); break;
        case "--generic-caa": genericCaa = true; break;
        case "-o": case "--output": output = Value(); break;
        default: throw Usage($"unknown argument '{args[i]}'");
    }
}
if (output == null || (records > 0) == (files > 0)) throw Usage("give --records N or --files K, and -o");

if (records > 0)
{
    using var writer = Open(output);
    ZoneWriter.Write(writer, origin, records, seed, genericCaa);
    return 0;
}

Directory.CreateDirectory(output);
var sizes = new SplitMix64(seed);
for (long k = 0; k < files; k++)
{
    string zone = $"z{k:D5}.{origin}";
    using var writer = Open(Path.Combine(output, zone + ".zone"));
    ZoneWriter.Write(writer, zone, 20 + sizes.Below(181), seed + (ulong)k + 1, genericCaa);
}
return 0;

static StreamWriter Open(string path) => new(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);

static Exception Usage(string message)
{
    Console.Error.WriteLine("zonegen: " + message);
    Console.Error.WriteLine("usage: zonegen --records N | --files K  [--seed S] [--origin NAME] [--generic-caa] -o PATH");
    Environment.Exit(2);
    return new InvalidOperationException();
}
