using System;
using System.Linq;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;

namespace ZoneLint.Core.Tests.Spf.Parsing;

/// <summary>
/// The screening that lets most TXT records skip classification must never change it: every record it rules out
/// is classified <see cref="SpfCandidateForm.Other"/> in full too, with the same text.
/// </summary>
public sealed class SpfScreeningTests
{
    private static readonly string[] Texts =
    {
        "\"v=spf1 a mx ~all\"", "v=spf1 a mx ~all", "\"v=spf1\" \"mx -all\"", "\"v=sp\" \"f1 mx\"", "\"v\" \"=spf1 mx\"",
        "\"V=SPF1 MX\"", "\"v = spf1 mx\"", "\"v:spf1 mx\"", "\"v-sfp1\"", "\"v\tspf1\"", "\"v\\160spf1 mx\"", "\"v\\133spf1\"",
        "\"spf1 mx\"", "\"SPF1\"", "\"psf1 mx\"", "\"PSF\"", "\"sfp\"", "\"spf2.0/pra -all\"", "\"v=spf2.0\"", "\"v=spf10\"",
        "\" v=spf1 mx\"", "\"\\tv=spf1\"", "\"'v=spf1 mx'\"", "\"`v=spf1\"", "\"\\\"v=spf1 mx\\\"\"", "\"“v=spf1 mx”\"", "“v=spf1 mx”",
        "\"include:_spf.google.com ~all\"", "\"mx IP4:192.0.2.1\"", "\"a ip6:2001:db8::1\"", "\"redirect=_spf.example.com\"",
        "\"-all\"", "\"+ALL\"", "\"?all\"", "\"+-all\"", "\"all\"", "\"mx\"", "\"hello\" \"-all\"", "\"hello -al\" \"l\"",
        "\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAall\"", "\"v=DMARC1; p=reject\"",
        "\"site-verification=abc\"", "\"google-site-verification=abc123\"", "\"SPF is handled by the provider\"", "\"\"",
        "\"\" \"v=spf1 mx\"", "hello world", "“quoted words”", "\"sip:+1-555\"", "\"sp\" \"f\"", "\"v=\" \"psf mx\"",
    };

    [Fact]
    public void Screened_records_are_what_full_classification_makes_of_them()
    {
        var random = new Random(7);
        var texts = Texts.Concat(Enumerable.Range(0, 3000).Select(_ => RandomRdata(random)));
        int screened = 0;
        foreach (string rdata in texts)
        {
            foreach (var record in Parse("@ IN TXT " + rdata + "\n@ IN SPF " + rdata))
            {
                var full = SpfRecordSet.ClassifyInFull(record);
                if (!SpfRecordSet.CannotBeSpf(record.Rdata.Strings)) continue;
                screened++;
                var quick = SpfRecordSet.Classify(record);
                Assert.True(full.Form == SpfCandidateForm.Other, $"{rdata}: screened out, but classified {full.Form}");
                Assert.Null(full.Recognition);
                Assert.Equal((full.Value, full.IntendedText, full.IsSelected, full.IsIntendedSpf),
                    (quick.Value, quick.IntendedText, quick.IsSelected, quick.IsIntendedSpf));
            }
        }
        Assert.True(screened > 1000, $"only {screened} records were screened out");
    }

    [Theory]
    [InlineData("( \"v=DKIM1; k=rsa; \" \"p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzRKQ\" )")]
    [InlineData("\"site-verification=p7hH1zODT+Vd5hXyJx5ucAo+CLu4BQyRBTbSlLvWs7a\"")]
    [InlineData("\"v=DMARC1; p=reject; rua=mailto:dmarc@example.com\"")]
    public void Common_TXT_records_are_screened_out(string rdata) =>
        Assert.True(SpfRecordSet.CannotBeSpf(Assert.Single(Parse("@ IN TXT " + rdata)).Rdata.Strings));

    private static System.Collections.Generic.IReadOnlyList<ResourceRecord> Parse(string records) =>
        ZoneParser.ParseText("t.zone", "$TTL 3600\n" + records + "\n", new ParseOptions { Origin = DomainName.Parse("example.com.") }).Records;

    /// <summary>One to three quoted strings (sometimes one bare word) of SPF-ish fragments.</summary>
    private static string RandomRdata(Random random)
    {
        string[] pieces = { "v", "=", "spf", "1", " ", "sfp", "psf", "ip4:", "IP6:", "include:", "redirect=", "all", "-", "~", "+", "?",
            "a", "mx", "x", "DKIM1;", "p=", "\\t", "\\\"", "'", "\\226\\128\\156", ":", "." };
        var sb = new StringBuilder();
        int strings = random.Next(1, 4);
        for (int s = 0; s < strings; s++)
        {
            bool quoted = random.Next(8) != 0;
            var word = new StringBuilder();
            int n = random.Next(0, 7);
            for (int i = 0; i < n; i++)
            {
                string piece = pieces[random.Next(pieces.Length)];
                if (!quoted && (piece == " " || piece.Contains('"') || piece == "'")) continue;
                word.Append(piece);
            }
            if (!quoted && word.Length == 0) word.Append('x');
            sb.Append(quoted ? "\"" + word + "\"" : word.ToString()).Append(' ');
        }
        return sb.ToString();
    }
}
