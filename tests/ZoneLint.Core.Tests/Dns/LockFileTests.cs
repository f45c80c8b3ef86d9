using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Tests.Dns;

public sealed class LockFileTests
{
    private static readonly DateTimeOffset Fetched = new(2025, 6, 1, 12, 30, 45, TimeSpan.Zero);

    private static DomainName N(string name) => DomainName.Parse(name);

    private static byte[] Txt(params string[] strings)
    {
        var wire = new List<byte>();
        foreach (var s in strings)
        {
            wire.Add((byte)s.Length);
            wire.AddRange(s.Select(c => (byte)c));
        }
        return wire.ToArray();
    }

    private static byte[] Mx(ushort preference, string exchange) =>
        new[] { (byte)(preference >> 8), (byte)preference }.Concat(N(exchange).ToWire()).ToArray();

    private static LockedAnswer Answer(string name, ushort type, params byte[][] rdata) =>
        new(N(name), type, DnsStatus.NoError, Fetched, rdata.Select(r => new DnsRecord(N(name), type, r)).ToList());

    /// <summary>Every kind of answer the format has to carry.</summary>
    private static LockFile Sample() => new(new[]
    {
        Answer("_spf.provider.example.", RRType.TXT,
            Txt("v=spf1 ip4:198.51.100.0/24 ", "include:_spf2.provider.example -all"),
            Txt("caf\u00e9 \"quoted\" back\\slash \u0000nul \u007f")),
        Answer("mx1.provider.example.", RRType.A, IPAddress.Parse("198.51.100.26").GetAddressBytes(), IPAddress.Parse("198.51.100.25").GetAddressBytes()),
        Answer("mx1.provider.example.", RRType.AAAA, IPAddress.Parse("2001:db8::25").GetAddressBytes()),
        Answer("provider.example.", RRType.MX, Mx(20, "mx2.provider.example."), Mx(10, "mx1.provider.example.")),
        Answer("legacy.provider.example.", RRType.SPF, Txt("v=spf1 -all")),
        Answer("odd.provider.example.", RRType.HINFO, new byte[] { 1, (byte)'x', 0 }),
        Answer("nodata.provider.example.", RRType.AAAA),
        new LockedAnswer(N("gone.provider.example."), RRType.TXT, DnsStatus.NxDomain, Fetched, Array.Empty<DnsRecord>()),
        new LockedAnswer(N("broken.provider.example."), RRType.TXT, DnsStatus.ServerFailure, Fetched, Array.Empty<DnsRecord>(), "the server answered ServerFailure"),
        new LockedAnswer(N("alias.provider.example."), RRType.TXT, DnsStatus.NoError, Fetched,
            new[] { new DnsRecord(N("_spf.provider.example."), RRType.TXT, Txt("v=spf1 -all")) }),
    });

    [Fact]
    public void WriteThenReadGivesTheSameAnswers()
    {
        var original = Sample();

        string text = LockFileWriter.Write(original);
        var result = LockFileReader.Read("zonelint.lock.json", text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var read = result.LockFile!;
        Assert.Equal(original.Answers.Count, read.Answers.Count);
        var fromOriginal = new LockFileResolver(original);
        var fromRead = new LockFileResolver(read);
        foreach (var answer in original.Answers)
        {
            var expected = fromOriginal.Query(answer.Name, answer.Type);
            var actual = fromRead.Query(answer.Name, answer.Type);
            Assert.Equal(expected.Status, actual.Status);
            Assert.Equal(expected.Error, actual.Error);
            Assert.Equal(
                expected.Records.Select(r => (r.Owner, r.Type, Convert.ToHexString(r.Rdata))).OrderBy(r => r.Item3),
                actual.Records.Select(r => (r.Owner, r.Type, Convert.ToHexString(r.Rdata))).OrderBy(r => r.Item3));
            Assert.Equal(Fetched, read.Find(answer.Name, answer.Type)!.Fetched);
        }
        Assert.Equal(text, LockFileWriter.Write(read));
    }

    [Fact]
    public void OutputIsTheSameWhateverOrderTheAnswersCameIn()
    {
        var answers = Sample().Answers;
        var reversed = new LockFile(answers.Reverse());
        var shuffled = new LockFile(answers.OrderBy(a => a.Name.ToString().Length).ThenByDescending(a => a.Type));

        Assert.Equal(LockFileWriter.Write(Sample()), LockFileWriter.Write(reversed));
        Assert.Equal(LockFileWriter.Write(Sample()), LockFileWriter.Write(shuffled));
    }

    [Fact]
    public void FormatIsSortedReadableAndAscii()
    {
        var lockFile = new LockFile(new[]
        {
            Answer("_spf.provider.example.", RRType.TXT, Txt("v=spf1 ip4:198.51.100.0/24 ", "-all")),
            Answer("provider.example.", RRType.MX, Mx(20, "mx2.provider.example."), Mx(10, "mx1.provider.example.")),
            Answer("Mx1.Provider.Example.", RRType.A, new byte[] { 198, 51, 100, 26 }, new byte[] { 198, 51, 100, 25 }),
            new LockedAnswer(N("gone.example."), RRType.TXT, DnsStatus.NxDomain, Fetched, Array.Empty<DnsRecord>()),
            Answer("octets.example.", RRType.TXT, Txt("caf\u00e9 \"q\"")),
        });

        string text = LockFileWriter.Write(lockFile);

        Assert.Equal("""
            {
              "version": 1,
              "domains": {
                "gone.example.": {
                  "TXT": {
                    "status": "NXDOMAIN",
                    "fetched": "2025-06-01T12:30:45Z",
                    "records": []
                  }
                },
                "octets.example.": {
                  "TXT": {
                    "status": "NOERROR",
                    "fetched": "2025-06-01T12:30:45Z",
                    "records": [
                      ["caf\u00e9 \"q\""]
                    ]
                  }
                },
                "provider.example.": {
                  "MX": {
                    "status": "NOERROR",
                    "fetched": "2025-06-01T12:30:45Z",
                    "records": [
                      "10 mx1.provider.example.",
                      "20 mx2.provider.example."
                    ]
                  }
                },
                "_spf.provider.example.": {
                  "TXT": {
                    "status": "NOERROR",
                    "fetched": "2025-06-01T12:30:45Z",
                    "records": [
                      ["v=spf1 ip4:198.51.100.0/24 ", "-all"]
                    ]
                  }
                },
                "mx1.provider.example.": {
                  "A": {
                    "status": "NOERROR",
                    "fetched": "2025-06-01T12:30:45Z",
                    "records": [
                      "198.51.100.25",
                      "198.51.100.26"
                    ]
                  }
                }
              }
            }

            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void ResolverAnswersOnlyWhatTheLockPins()
    {
        var resolver = new LockFileResolver(Sample());

        Assert.Equal(DnsStatus.NoError, resolver.Query(N("_SPF.provider.example."), RRType.TXT).Status);
        Assert.Equal(DnsStatus.NxDomain, resolver.Query(N("gone.provider.example."), RRType.TXT).Status);
        Assert.True(resolver.Query(N("nodata.provider.example."), RRType.AAAA).IsVoid);
        Assert.Equal(DnsStatus.Unknown, resolver.Query(N("_spf.google.com."), RRType.TXT).Status);
        Assert.Equal(DnsStatus.Unknown, resolver.Query(N("_spf.provider.example."), RRType.A).Status);
        var viaCname = resolver.Query(N("alias.provider.example."), RRType.TXT);
        Assert.Equal(N("_spf.provider.example."), viaCname.Records.Single().Owner);
    }

    [Fact]
    public void RefreshKeepsTheDateOfAnAnswerThatDidNotChange()
    {
        var later = Fetched.AddDays(30);
        var committed = Sample();
        var same = Answer("mx1.provider.example.", RRType.A, IPAddress.Parse("198.51.100.25").GetAddressBytes(), IPAddress.Parse("198.51.100.26").GetAddressBytes());
        var grown = Answer("provider.example.", RRType.MX, Mx(10, "mx1.provider.example."));

        var refreshed = committed.Refresh(new[]
        {
            new LockedAnswer(same.Name, same.Type, same.Status, later, same.Records),
            new LockedAnswer(grown.Name, grown.Type, grown.Status, later, grown.Records),
        });

        Assert.Equal(2, refreshed.Answers.Count); // what the walk no longer reaches is dropped
        Assert.Equal(Fetched, refreshed.Find(N("mx1.provider.example."), RRType.A)!.Fetched);
        Assert.Equal(later, refreshed.Find(N("provider.example."), RRType.MX)!.Fetched);
    }

    [Theory]
    [InlineData("{ \"domains\": {} }", 1, 1, "no \"version\"")]
    [InlineData("{ \"version\": 2, \"domains\": {} }", 1, 14, "version 2 is not one this zonelint reads")]
    [InlineData("{ \"version\": 1, \"domains\": [] }", 1, 28, "\"domains\" must be an object")]
    [InlineData("{ \"version\": 1, \"domain\": {} }", 1, 17, "unknown key \"domain\"")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example\": {} } }", 1, 30, "write the name absolute")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"TXTT\": {} } } }", 1, 46, "\"TXTT\" is not a record type")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"A\": { \"status\": \"NOERROR\", \"fetched\": \"2025-06-01T12:30:45Z\",\n \"records\": [\"1\"] } } } }", 2, 14, "'1' is not an IPv4 address")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"A\": { \"status\": \"OK\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [] } } } }", 1, 63, "unknown status \"OK\"")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"A\": { \"status\": \"NOERROR\", \"fetched\": \"yesterday\", \"records\": [] } } } }", 1, 85, "\"yesterday\" is not a UTC date")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"TXT\": { \"status\": \"NOERROR\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [\"v=spf1\"] } } } }", 1, 123, "array of its character-strings")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"TXT\": { \"status\": \"NOERROR\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [[\"\u0100\"]] } } } }", 1, 123, "is not an octet")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"MX\": { \"status\": \"NOERROR\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [\"mx.example.\"] } } } }", 1, 122, "is not an MX record")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"TXT\": { \"status\": \"NXDOMAIN\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [[\"x\"]] } } } }", 1, 123, "an answer with status NXDOMAIN has no records")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"TXT\": { \"status\": \"NOERROR\", \"records\": [] } } } }", 1, 53, "no \"fetched\"")]
    [InlineData("{ \"version\": 1, \"domains\": { \"x.example.\": { \"HINFO\": { \"status\": \"NOERROR\", \"fetched\": \"2025-06-01T12:30:45Z\", \"records\": [\"\\\\# 3 01\"] } } } }", 1, 125, "says 3 octets but has 1")]
    public void MistakesAreReportedWhereTheyAre(string json, int line, int column, string message)
    {
        var result = LockFileReader.Read("zonelint.lock.json", json);

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal((line, column), (error.Span.StartLine, error.Span.StartColumn));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void BadAnswerIsLeftOutAndTheRestIsRead()
    {
        const string json = """
            {
              "version": 1,
              "domains": {
                "bad.example.": { "A": { "status": "NOERROR", "fetched": "2025-06-01T12:30:45Z", "records": ["not an address"] } },
                "good.example.": { "A": { "status": "NOERROR", "fetched": "2025-06-01T12:30:45Z", "records": ["192.0.2.1"] } }
              }
            }
            """;

        var result = LockFileReader.Read("zonelint.lock.json", json);

        Assert.Single(result.Errors);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), DnsWire.Address(result.LockFile!.Find(N("good.example."), RRType.A)!.Records.Single()));
        Assert.Null(result.LockFile.Find(N("bad.example."), RRType.A)); // not half an RRset: the question is Unknown
    }

    [Fact]
    public void BrokenJsonGivesNoLock()
    {
        var result = LockFileReader.Read("zonelint.lock.json", "{ \"version\": 1, \"domains\": { ");

        Assert.Null(result.LockFile);
        Assert.NotEmpty(result.Errors);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void EmptyLockIsValid()
    {
        string text = LockFileWriter.Write(LockFile.Empty);

        Assert.Equal("{\n  \"version\": 1,\n  \"domains\": {}\n}\n", text);
        Assert.True(LockFileReader.Read("zonelint.lock.json", text).IsValid);
    }

    [Fact]
    public void ExampleInTheDocsIsAValidLockWrittenAsTheWriterWritesIt()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "lock-file.md")).Replace("\r\n", "\n");
        int start = doc.IndexOf("```json\n{\n  \"version\"", StringComparison.Ordinal) + "```json\n".Length;
        string json = doc.Substring(start, doc.IndexOf("```", start, StringComparison.Ordinal) - start);

        var result = LockFileReader.Read("docs/lock-file.md", json);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(json, LockFileWriter.Write(result.LockFile!));
        Assert.Equal(N("_spf.partner.example."), result.LockFile!.Find(N("mail.partner.example."), RRType.TXT)!.Owner);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZoneLint.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ZoneLint.sln not found above " + AppContext.BaseDirectory);
    }
}
