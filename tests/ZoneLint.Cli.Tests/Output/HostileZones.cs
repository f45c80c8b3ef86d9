using System;

namespace ZoneLint.Cli.Tests.Output;

/// <summary>Zone and configuration text whose diagnostics quote what a CI log or a Markdown page must not act on.</summary>
internal static class HostileZones
{
    /// <summary>A file name with the characters workflow-command properties escape (':' is not allowed on Windows).</summary>
    public static string FileName => OperatingSystem.IsWindows() ? "a,b.zone" : "a,b:c.zone";

    /// <summary>
    /// An SPF record whose bad terms ZL3001 quotes: `%`, `::`, `,`, `:`, `|`, `&lt;script&gt;`, a backtick, and
    /// `\010`/`\013` (LF and CR, decimal escapes as BIND reads them) and `\037` ('%').
    /// </summary>
    public const string Zone = """
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        @        IN MX  10 mail
        @        IN TXT "v=spf1 ip4:192.0.2.25 bad%25,x:y\010::error file=x::pwned\013\037|<script>`* mx ~all"
        mail     IN A   192.0.2.25
        _dmarc   IN TXT "v=DMARC1; p=none"

        """;

    /// <summary>
    /// A zonelint.json whose mistakes ZL9001 quotes verbatim: a raw LF followed by a whole workflow command,
    /// a CR, '%', ',' and ':', and a C1 control (NEL) that some terminals take for a line break.
    /// </summary>
    public const string Configuration =
        "{ \"rules\": { \"ZL9\\n::error file=x::pwned\\r%,:\": \"none\", \"ZL2005\": \"warn\\u0085ish\" } }";
}
