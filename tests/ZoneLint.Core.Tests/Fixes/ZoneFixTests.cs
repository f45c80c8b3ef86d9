using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Fixes;

namespace ZoneLint.Core.Tests.Fixes;

/// <summary>Each fix on a real zone file, with the exact text before and after.</summary>
public sealed class ZoneFixTests : IDisposable
{
    private const string Head = "$TTL 3600\n@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300\n@ IN NS ns1.example.net.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("zonelint-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FixOutcome Run(string body, Func<string, bool>? rules = null)
    {
        string path = Path.Combine(_folder, "example.com.zone");
        File.WriteAllText(path, Head + body);
        var options = ZoneRun.OptionsFor(path, ZoneLintConfiguration.Default);
        return ZoneFixer.Fix(new[] { path }, new[] { options }, rules);
    }

    /// <summary>The fixed body (the text after the head), and that a second run over it changes nothing.</summary>
    private string Fixed(string body, Func<string, bool>? rules = null)
    {
        var outcome = Run(body, rules);
        string text = outcome.Files.Count == 0 ? Head + body : outcome.Files.Single().Fixed;
        Assert.StartsWith(Head, text);
        Assert.Empty(Run(text.Substring(Head.Length), rules).Files);
        return text.Substring(Head.Length);
    }

    [Fact]
    public void OwnerThatRepeatsTheOriginGetsItsTrailingDot() =>
        Assert.Equal("www.example.com. IN A 192.0.2.1 ; web\nftp.example.com. IN A 192.0.2.2\n",
            Fixed("www.example.com  IN A 192.0.2.1 ; web\nftp.example.com IN A 192.0.2.2\n"));

    [Fact]
    public void RdataNameThatRepeatsTheOriginGetsItsTrailingDot() =>
        Assert.Equal("@ IN MX 10 mail.example.com.\nmail IN A 192.0.2.25\n", Fixed("@ IN MX 10 mail.example.com\nmail IN A 192.0.2.25\n"));

    [Fact]
    public void RelativeNameThatDoesNotRepeatTheOriginIsLeftAlone() =>
        Assert.Equal("@ IN MX 10 mail.eu\n", Fixed("@ IN MX 10 mail.eu\n"));

    [Fact]
    public void TtlBelowTheMinimumIsRaisedToIt() =>
        Assert.Equal("www 60 IN A 192.0.2.1\nftp 1h IN A 192.0.2.2\n", Fixed("www 30 IN A 192.0.2.1\nftp 1h IN A 192.0.2.2\n"));

    [Fact]
    public void LongerTtlTakesItsRoomFromTheSpacesAfterIt() =>
        Assert.Equal("@ 60    IN A 192.0.2.1\nwww 60 IN A 192.0.2.2\n", Fixed("@ 0     IN A 192.0.2.1\nwww 5 IN A 192.0.2.2\n"));

    [Fact]
    public void TtlDirectiveBelowTheMinimumIsRaisedToIt() =>
        Assert.Equal("$TTL 60\nwww IN A 192.0.2.1\n", Fixed("$TTL 5\nwww IN A 192.0.2.1\n"));

    [Fact]
    public void UnquotedSpfTextIsQuotedKeepingTheComment() =>
        Assert.Equal("@ IN TXT \"v=spf1 a mx ~all\" ; mail\n", Fixed("@ IN TXT v=spf1   a mx\t~all ; mail\n"));

    [Fact]
    public void PartlyUnquotedSpfTextIsLeftForAPerson()
    {
        var outcome = Run("@ IN TXT \"v=spf1 a\" mx ~all\n");
        Assert.Empty(outcome.Files);
        Assert.Contains(outcome.Remaining, d => d.Id == "ZL3002");
    }

    [Fact]
    public void LongStringIsSplitAfterASpace()
    {
        string terms = string.Join(" ", Enumerable.Range(1, 20).Select(i => $"ip4:198.51.100.{i}"));
        string record = "v=spf1 " + terms + " ~all"; // 7 + 20 terms + 5 = well over 255 octets
        Assert.True(record.Length > 255);
        string result = Fixed($"@ IN TXT \"{record}\"\n");
        var strings = result.Substring("@ IN TXT ".Length).TrimEnd('\n').Split("\" \"");
        Assert.Equal(2, strings.Length);
        string first = strings[0].TrimStart('"'), second = strings[1].TrimEnd('"');
        Assert.Equal(record, first + second);
        Assert.EndsWith(" ", first);
        Assert.True(first.Length <= 255);
    }

    [Fact]
    public void LongStringWithoutASpaceIsLeftForAPerson()
    {
        var outcome = Run($"@ IN TXT \"{new string('a', 300)}\"\n");
        Assert.Empty(outcome.Files);
        Assert.Contains(outcome.Remaining, d => d.Id == "ZL1003");
    }

    [Fact]
    public void TypographicQuotesBecomeStraightOnes() =>
        Assert.Equal("@ IN TXT \"v=spf1 mx ~all\"\n", Fixed("@ IN TXT \u201Cv=spf1 mx ~all\u201D\n"));

    [Fact]
    public void FullWidthSpaceInsideQuotesBecomesASpace() =>
        Assert.Equal("@ IN TXT \"v=spf1 mx ~all\"\n", Fixed("@ IN TXT \"v=spf1 mx\u3000~all\"\n"));

    [Fact]
    public void TypographicQuoteInsideAStraightQuotedStringIsText()
    {
        var outcome = Run("@ IN TXT \"said \u201Chi\u201D\"\n");
        Assert.Empty(outcome.Files);
    }

    [Fact]
    public void PastedQuotesAroundUnquotedWordsFixBothInOneRun()
    {
        // The straightened quotes make the words one string; nothing is left of either finding.
        var outcome = Run("@ IN TXT \u201Cv=spf1 a mx ~all\u201D\n");
        Assert.Equal(Head + "@ IN TXT \"v=spf1 a mx ~all\"\n", outcome.Files.Single().Fixed);
        Assert.DoesNotContain(outcome.Remaining, d => d.Id is "ZL1006" or "ZL3002" or "ZL3001");
        Assert.Equal(2, outcome.FixedCount);
    }

    [Fact]
    public void SecondSpfRecordIsMergedIntoTheFirstAndCommentedOut()
    {
        const string body = "@ IN TXT \"v=spf1 a mx ~all\" ; ours\n@ IN MX 10 mail\n@ 300 IN TXT \"v=spf1 include:_spf.google.com ~all\" ; Google\nmail IN A 192.0.2.25\n";
        var outcome = Run(body);
        Assert.Equal(
            Head + "@ IN TXT \"v=spf1 a mx include:_spf.google.com ~all\" ; ours\n@ IN MX 10 mail\n; @ 300 IN TXT \"v=spf1 include:_spf.google.com ~all\" ; Google\nmail IN A 192.0.2.25\n",
            outcome.Files.Single().Fixed);
        Assert.Equal(1, outcome.FixedCount);
        Assert.DoesNotContain(outcome.Remaining, d => d.Id == "ZL3004");

        // The zone loads the same records less the second SPF record, with the first one's text merged.
        var before = Records(Head + body);
        var after = Records(outcome.Files.Single().Fixed);
        Assert.Equal(before.Where(r => !r.Contains("TXT")), after.Where(r => !r.Contains("TXT")));
        Assert.Equal("example.com. 3600 IN TXT \"v=spf1 a mx include:_spf.google.com ~all\"", Assert.Single(after, r => r.Contains("TXT")));
    }

    [Fact]
    public void SecondRecordWithAnInheritedOwnerIsMergedAndFixesBetweenFollowInTheNextPass() =>
        Assert.Equal(
            "@ IN TXT \"v=spf1 mx include:spf.example.net -all\"\nwww 60 IN A 192.0.2.1\n@ IN AAAA 2001:db8::1\n  ; IN TXT \"v=spf1 include:spf.example.net -all\"\n",
            Fixed("@ IN TXT \"v=spf1 mx -all\"\nwww 30 IN A 192.0.2.1\n@ IN AAAA 2001:db8::1\n  IN TXT \"v=spf1 include:spf.example.net -all\"\n"));

    [Fact]
    public void DamagedSecondRecordIsRepairedThenMerged()
    {
        var outcome = Run("@ IN TXT \"v=spf1 mx ~all\"\n@ IN TXT v=spf1 include:_spf.google.com ~all\n");
        Assert.Equal(Head + "@ IN TXT \"v=spf1 mx include:_spf.google.com ~all\"\n; @ IN TXT \"v=spf1 include:_spf.google.com ~all\"\n", outcome.Files.Single().Fixed);
        Assert.Equal(2, outcome.FixedCount);
    }

    [Fact]
    public void ThreeRecordsBecomeOneOverTwoPasses() =>
        Assert.Equal(
            "@ IN TXT \"v=spf1 mx ip4:192.0.2.0/24 include:_spf.google.com ~all\"\n; @ IN TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"\n; @ IN TXT \"v=spf1 include:_spf.google.com ~all\"\n",
            Fixed("@ IN TXT \"v=spf1 mx ~all\"\n@ IN TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"\n@ IN TXT \"v=spf1 include:_spf.google.com ~all\"\n"));

    [Fact]
    public void MergeOverTheStringLimitIsSplitAtATermBoundary()
    {
        string first = "v=spf1 " + string.Join(" ", Enumerable.Range(1, 12).Select(i => $"ip4:198.51.100.{i}")) + " ~all";
        string second = "v=spf1 " + string.Join(" ", Enumerable.Range(1, 12).Select(i => $"ip4:203.0.113.{i}")) + " ~all";
        string result = Fixed($"@ IN TXT \"{first}\"\n@ IN TXT \"{second}\"\n");
        string line = result.Split('\n')[0];
        var strings = line.Substring("@ IN TXT \"".Length).TrimEnd('"').Split("\" \"");
        Assert.Equal(2, strings.Length);
        Assert.All(strings, s => Assert.True(s.Length <= 255));
        Assert.EndsWith(" ", strings[0]);
        Assert.Equal(first.Replace(" ~all", "") + second.Substring("v=spf1".Length), string.Concat(strings));
        Assert.StartsWith($"; @ IN TXT \"{second}\"", result.Split('\n')[1]);
    }

    [Theory]
    [InlineData("@ IN TXT \"v=spf1 mx ~all\"\n@ IN TXT \"v=spf1 include:_spf.google.com -all\"\n")] // which all?
    [InlineData("@ IN TXT \"v=spf1 ip4:192.0.2.0/24\"\n@ IN TXT \"v=spf1 include:_spf.google.com -all\"\n")] // neutral or -all?
    [InlineData("@ IN TXT \"v=spf1 -ip4:192.0.2.5 ip4:192.0.2.0/24 ~all\"\n@ IN TXT \"v=spf1 ip4:192.0.2.5 ~all\"\n")] // pass or fail?
    [InlineData("@ IN TXT \"v=spf1 a ~all\"\nwww IN A 192.0.2.5\n@ IN TXT \"v=spf1 mx ~all\"\n$INCLUDE hosts.inc\n    IN A 192.0.2.2\n")] // the A would become www's
    [InlineData("@ IN TXT \"v=spf1 a ~all\"\nwww IN A 192.0.2.5\n@ IN TXT \"v=spf1 mx ~all\"\n$GENERATE 1-2 h$ A 192.0.2.$\n    IN A 192.0.2.2\n")]
    [InlineData("@ IN TXT \"v=spf1 a ~all\"\nwww IN A 192.0.2.5\n$GENERATE 1-1 @ A 192.0.2.$\n@ IN TXT \"v=spf1 mx ~all\"\n    IN A 192.0.2.2\n")]
    [InlineData("@ IN TXT \"v=spf1 mx ~all\"\n@ IN TXT \"v=spf1 redirect=_spf.example.net\"\n")] // a redirect beside all
    [InlineData("@ IN TXT \"v=spf1 mx ~all\"\nwww IN A 192.0.2.1\n@ IN TXT \"v=spf1 a ~all\"\n  IN MX 10 mail\n")] // the MX would become www's
    [InlineData("@ IN TXT \"v=spf1 mx ~all\"\n@ IN SPF \"v=spf1 a ~all\"\n")] // type 99
    [InlineData("@ IN TXT ( \"v=spf1 mx\"\n  \" ~all\" )\n@ IN TXT \"v=spf1 a ~all\"\n")] // spread over lines
    [InlineData("@ IN TXT \"v=spf1 mx ~all\" @ IN TXT \"v=spf1 a ~all\"\n@ IN TXT \"v=spf1 a ~all\"\n")] // not a record of its own line
    public void MergeThatIsNotCertainIsLeftForAPerson(string body)
    {
        File.WriteAllText(Path.Combine(_folder, "hosts.inc"), "foo IN A 192.0.2.9\n");
        var outcome = Run(body, id => id == "ZL3004");
        Assert.Empty(outcome.Files);
        Assert.Contains(outcome.Remaining, d => d.Id == "ZL3004");
    }

    [Fact]
    public void SecondRecordWhoseTtlTheNextInheritsIsLeftForAPerson()
    {
        // No $TTL: the A record's TTL is the SPF record's 300; with that record gone it would become 3600.
        string zone = "@ 3600 IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300\n@ IN NS ns1.example.net.\n"
            + "@ IN TXT \"v=spf1 mx ~all\"\n@ 300 IN TXT \"v=spf1 a ~all\"\nwww IN A 192.0.2.1\n";
        string path = Path.Combine(_folder, "example.com.zone");
        File.WriteAllText(path, zone);
        var outcome = ZoneFixer.Fix(new[] { path }, new[] { ZoneRun.OptionsFor(path, ZoneLintConfiguration.Default) }, id => id == "ZL3004");
        Assert.Empty(outcome.Files);
    }

    /// <summary>The records a zone text loads, in presentation form, in file order.</summary>
    private List<string> Records(string text)
    {
        string path = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "records")).FullName, "example.com.zone");
        File.WriteAllText(path, text);
        var zone = ZoneLint.Core.Parsing.ZoneParser.ParseFile(path, ZoneRun.OptionsFor(path, ZoneLintConfiguration.Default).Parse);
        return zone.Records.Select(ZoneLint.Core.Rdata.RdataFormatter.FormatRecord).ToList();
    }

    [Fact]
    public void RuleFilterFixesOnlyTheRulesNamed() =>
        Assert.Equal("www.example.com. 30 IN A 192.0.2.1\n", Fixed("www.example.com 30 IN A 192.0.2.1\n", id => id == "ZL2001"));

    [Fact]
    public void EditsAreAppliedFromTheEndAndOverlapsDropped()
    {
        var edits = TextEdits.NonOverlapping(new[]
        {
            new TextEdit("f", 4, 5, "X"), new TextEdit("f", 0, 2, "ab"), new TextEdit("f", 1, 3, "no"), TextEdit.Insert("f", 6, "!"),
        });
        Assert.Equal(3, edits.Count);
        Assert.Equal("ab23X5!", TextEdits.Apply("012345", edits));
    }
}
