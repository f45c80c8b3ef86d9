using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Spf;
using ZoneLint.Core.Spf.Evaluation;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Fuzz;

/// <summary>
/// The fuzz targets: each takes the raw input bytes, decodes them as the product does, and runs one stage of the
/// pipeline. None catches anything: any exception that escapes is a crash, for AFL and for the regression tests alike.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The folder the fuzzed zone lives in, on <see cref="InputFileSystem"/> only (nothing is read from disk).</summary>
    public const string IncludeRoot = "/fuzz/zones";

    /// <summary>The zone every target reads its input as.</summary>
    public const string ZonePath = IncludeRoot + "/example.com.zone";

    public static readonly DomainName Origin = DomainName.Parse("example.com.");

    /// <summary>The names the first argument accepts, in the order run.sh and the docs list them.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "lexer", "parser", "check", "spf", "checkhost" };

    private static readonly Encoding Latin1 = Encoding.GetEncoding("ISO-8859-1");

    /// <summary>The target's entry point, or null for an unknown name.</summary>
    public static Action<byte[]>? Find(string name) => name switch
    {
        "lexer" => Lexer,
        "parser" => Parser,
        "check" => Check,
        "spf" => Spf,
        "checkhost" => CheckHost,
        _ => null,
    };

    /// <summary>Tokenises the whole file; the lexer reports its errors and must always reach the end.</summary>
    public static void Lexer(byte[] input)
    {
        var lexer = new ZoneLexer(new SourceText(ZonePath, PhysicalFileSystem.Decode(input)), new DiagnosticBag());
        foreach (var entry in lexer.ReadAll()) _ = entry.Tokens.Count;
    }

    /// <summary>Parses the file as a zone for example.com; `$INCLUDE a.inc` and `b.inc` read the input again.</summary>
    public static void Parser(byte[] input) =>
        _ = ZoneParser.ParseText(ZonePath, PhysicalFileSystem.Decode(input), NewParseOptions(input)).Records.Count;

    /// <summary>Parses the file and runs every rule on it, as `zonelint check` does.</summary>
    public static void Check(byte[] input) =>
        _ = ZoneChecker.CheckText(ZonePath, PhysicalFileSystem.Decode(input), new CheckOptions { Parse = NewParseOptions(input) })
            .Diagnostics.Count;

    /// <summary>
    /// Parses the input as the text of an SPF record: decoded as a zone file is (UTF-8), and octet by octet as a
    /// TXT record's character-strings reach SPF (Latin-1).
    /// </summary>
    public static void Spf(byte[] input)
    {
        foreach (string text in new[] { PhysicalFileSystem.Decode(input), Latin1.GetString(input) })
        {
            if (!SpfRecordParser.IsSpfRecord(text)) continue;
            var record = SpfRecordParser.Parse(text);
            foreach (var term in record.Terms) _ = term.ToString();
        }
        _ = SpfRecordParser.Parse(PhysicalFileSystem.Decode(input)).Errors.Count;
    }

    /// <summary>
    /// Reads the input as the zone example.com and runs check_host() for a fixed IPv4 and IPv6 client and sender
    /// against it, as `spf eval --offline` does: the zone is the whole DNS, RFC 7208's limits apply.
    /// </summary>
    public static void CheckHost(byte[] input)
    {
        var zone = ZoneParser.ParseText(ZonePath, PhysicalFileSystem.Decode(input), NewParseOptions(input));
        var resolver = new ClosedWorldResolver(new ZoneResolver(new[] { zone }));
        var evaluator = new SpfEvaluator(resolver, new SpfEvaluatorOptions
        {
            ReceivingDomain = "mx.example.net",
            Now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
        foreach (var client in Clients)
        {
            var result = evaluator.CheckHost(client, Origin, "user@example.com", "mail.example.com");
            _ = result.Explanation;
            var helo = evaluator.CheckSender(client, null, "mail.example.com");
            _ = helo.Code;
        }
    }

    private static readonly IPAddress[] Clients = { IPAddress.Parse("192.0.2.10"), IPAddress.Parse("2001:db8::10") };

    /// <summary>$INCLUDE goes to an in-memory file system and is confined to its folder, as the product confines it.</summary>
    internal static ParseOptions NewParseOptions(byte[] input) => new()
    {
        Origin = Origin,
        IncludeRoot = IncludeRoot,
        FileSystem = new InputFileSystem(input),
    };

    /// <summary>
    /// The fuzzed zone and two files it may include, a.inc and b.inc, all holding the input: include cycles, depth,
    /// fan-out and confinement are fuzzed without a fuzz input ever reaching the disk.
    /// </summary>
    private sealed class InputFileSystem : IZoneFileSystem
    {
        private static readonly string[] Files = { ZonePath, IncludeRoot + "/a.inc", IncludeRoot + "/b.inc" };

        private readonly byte[] _input;

        public InputFileSystem(byte[] input) => _input = input;

        public string? TryReadText(string path, out string text)
        {
            bool found = Array.IndexOf(Files, GetFullPath(path)) >= 0;
            text = found ? PhysicalFileSystem.Decode(_input) : string.Empty;
            return found ? null : "no such file";
        }

        public string GetFullPath(string path)
        {
            try
            {
                return System.IO.Path.GetFullPath(path, IncludeRoot);
            }
            catch (ArgumentException)
            {
                return "\0unresolved"; // as PhysicalFileSystem: a path no file system can hold is inside no root
            }
        }
    }
}
