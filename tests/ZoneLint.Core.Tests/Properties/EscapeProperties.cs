using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// RFC 1035 §5.1: `\X` is X itself for any X that is not a digit, and `\DDD` is the octet DDD; text that is not ASCII
/// stands for its UTF-8 octets. So each character of a name or character-string may be written as itself, escaped
/// with a backslash, or as the `\DDD` of each of its octets, and every mix reads as the same octets.
/// </summary>
public sealed class EscapeProperties
{
    /// <summary>Characters from ASCII, Latin-1, CJK and outside the BMP (surrogate pairs in UTF-16), as text.</summary>
    private static readonly Gen<string> Character = Gen.Frequency(
        (4, Gen.Choose(0x21, 0x7E)), (2, Gen.Choose(0xA1, 0x17F)), (1, Gen.Choose(0x3041, 0x30FF)), (1, Gen.Choose(0x1F600, 0x1F64F)))
        .Select(char.ConvertFromUtf32);

    /// <summary>How each character is written: 0 as itself (where the syntax lets it), 1 after a backslash, 2 as `\DDD` octets.</summary>
    public static Arbitrary<(string, int)[]> Spellings() =>
        Arb.From(Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Character.SelectMany(_ => Gen.Choose(0, 2), (c, form) => (c, form)), n)));

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(EscapeProperties) })]
    public void EveryEscapeOfANameOrStringReadsAsTheSameOctets((string Character, int Form)[] spelling)
    {
        string value = string.Concat(spelling.Select(s => s.Character));
        byte[] octets = Encoding.UTF8.GetBytes(value);
        string name = Write(spelling, nameSyntax: true), text = Write(spelling, nameSyntax: false);
        string zone = $"{name}.example. 3600 IN TXT \"{text}\"\n";

        var result = ZoneParser.ParseText("escapes.zone", zone, new ParseOptions { Origin = DomainName.Root });
        // ZL1006 points out text that is not ASCII, which is the point here; nothing else may be reported.
        Assert.Empty(result.Diagnostics.Where(d => d.Id != RuleIds.PastedCharacters).Select(d => d.ToString()));
        var record = Assert.Single(result.Records);
        Assert.True(octets.Length <= DomainName.MaxLabelLength, "the generator keeps labels short");
        Assert.Equal(RdataText.Hex(octets), RdataText.Hex(record.Owner.Labels[0]));
        Assert.Equal(RdataText.Hex(octets), RdataText.Hex(record.Rdata.Strings[0].Value));
    }

    private static string Write((string Character, int Form)[] spelling, bool nameSyntax)
    {
        var sb = new StringBuilder();
        foreach (var (character, form) in spelling)
        {
            bool special = nameSyntax ? "\\.\"();@$".Contains(character) : "\\\"".Contains(character);
            if (form == 2 || (form == 0 && special) || (form == 1 && character[0] is >= '0' and <= '9'))
            {
                foreach (byte b in Encoding.UTF8.GetBytes(character)) sb.Append('\\').Append(b.ToString("D3", CultureInfo.InvariantCulture));
            }
            else
            {
                if (form == 1) sb.Append('\\');
                sb.Append(character);
            }
        }
        return sb.ToString();
    }
}
