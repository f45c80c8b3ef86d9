using System;
using System.Collections.Generic;
using System.Text;

namespace ZoneLint.Fuzz.Tests;

/// <summary>
/// A deterministic smoke in the spirit of the fuzzers: a few hundred inputs from a seeded Random, pure bytes,
/// zone-ish token soup and byte-level mutations of the seeds, through every target. No exception may escape.
/// </summary>
public sealed class RandomInputTests
{
    private const int InputsPerTarget = 300;

    private static readonly string[] Fragments =
    {
        "$ORIGIN ", "$TTL ", "$INCLUDE ", "$GENERATE ", "@", " IN ", " CH ", " SOA ", " NS ", " A ", " AAAA ", " MX ",
        " TXT ", " SPF ", " CNAME ", " DNAME ", " SRV ", " CAA ", " SVCB ", " HTTPS ", " DS ", " RRSIG ", " NSEC ",
        " LOC ", " TYPE65534 ", " CLASS1 ", "(", ")", ";", "\"", "\\", "\\# ", "\\065", "\\.", "\n", "\r\n", "\t", " ",
        "*.", ".", "example.com.", "www", "192.0.2.1", "2001:db8::1", "4294967295", "65535", "1w2d3h", "0", "-1",
        "1-100/3", "${-5,3,X}", "$", "v=spf1", " -all", " include:", " a:", " mx/24//64", " ip4:192.0.2.0/24",
        " ip6:2001:db8::/32", " exists:", " redirect=", " exp=", " ptr", "%{l}", "%{ir}", "%{d2r.-}", "%{o}",
        "%{h}", "%%", "%_", "%-", "+", "~", "?", "\u00e9", "\uFFFD", "\0",
    };

    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>();
        foreach (string name in FuzzTargets.Names) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Random_inputs_run_without_an_exception(string target)
    {
        var run = FuzzTargets.Find(target)!;
        var random = new Random(7208 + target.Length);
        var seeds = LoadSeeds();
        for (int i = 0; i < InputsPerTarget; i++)
        {
            byte[] input = (i % 3) switch
            {
                0 => RandomBytes(random),
                1 => TokenSoup(random),
                _ => Mutate(random, seeds[random.Next(seeds.Count)]),
            };
            try
            {
                run(input);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException(
                    $"{target} threw on input #{i} (base64 {Convert.ToBase64String(input)}): {e}");
            }
        }
    }

    private static List<byte[]> LoadSeeds()
    {
        var seeds = new List<byte[]>();
        foreach (string file in FuzzInputs.All("seeds")) seeds.Add(FuzzInputs.Read(file));
        return seeds;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] TokenSoup(Random random)
    {
        var text = new StringBuilder();
        int count = random.Next(1, 120);
        for (int i = 0; i < count; i++) text.Append(Fragments[random.Next(Fragments.Length)]);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>AFL's havoc in miniature: flip, overwrite, insert and delete bytes, and splice in fragments.</summary>
    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, 16);
        for (int i = 0; i < edits; i++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 32)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }
        return bytes.ToArray();
    }
}
