using System.IO;
using System.Text;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.ZoneGenerator;

namespace ZoneLint.Benchmarks;

/// <summary>A zone from the generator, held in memory so that a benchmark measures the work and not the disk.</summary>
public sealed class GeneratedZone
{
    public const string Origin = "bench.example.com";

    private GeneratedZone(int records, string text)
    {
        Records = records;
        Text = text;
        Bytes = Encoding.UTF8.GetBytes(text);
    }

    public int Records { get; }

    public string Text { get; }

    public byte[] Bytes { get; }

    public string Path => Origin + ".zone";

    public static GeneratedZone Create(int records, ulong seed = 1)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ZoneWriter.Write(writer, Origin, records, seed);
        return new GeneratedZone(records, writer.ToString());
    }

    public static CheckOptions Options() => new()
    {
        Parse = new ParseOptions { Origin = DomainName.Parse(Origin + ".") },
    };
}
