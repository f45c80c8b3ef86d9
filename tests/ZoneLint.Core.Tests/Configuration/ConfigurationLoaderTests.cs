using System.IO;
using System.Linq;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Tests.Configuration;

public class ConfigurationLoaderTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "zonelint-config-tests", "repo");
    private static readonly string ConfigPath = Path.Combine(Folder, "zonelint.json");

    private static ConfigurationResult Load(string text) => ConfigurationLoader.Load(ConfigPath, text);

    [Fact]
    public void Reads_every_setting()
    {
        var result = Load("""
            {
              "$schema": "https://raw.githubusercontent.com/zonelint/zonelint/main/docs/zonelint.schema.json",
              // Rule severities; IDs ignore case.
              "rules": { "ZL2005": "none", "zl2008": "error", "ZL2010": "info", "ZL2004": "off" },
              "minimumTtl": 300,
              "origins": {
                "zones/legacy/*.db": "legacy.example",   /* no trailing dot needed */
                "zones/**/*.zone": "example.com."
              },
              "includeRoot": "zones/"
            }
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var config = result.Configuration;
        Assert.Equal(ConfigPath, config.FilePath);
        Assert.Equal(Folder, config.Directory);
        Assert.Equal(DiagnosticSeverity.None, config.EffectiveSeverity(RuleCatalog.InconsistentRRsetTtl));
        Assert.Equal(DiagnosticSeverity.Error, config.EffectiveSeverity(RuleCatalog.DuplicateRecord));
        Assert.Equal(DiagnosticSeverity.None, config.EffectiveSeverity(RuleCatalog.MissingTtl));
        Assert.Equal(DiagnosticSeverity.Info, config.EffectiveSeverity(RuleCatalog.MisplacedSoa));
        Assert.Equal(DiagnosticSeverity.Error, config.EffectiveSeverity(RuleCatalog.OwnerRepeatsOrigin)); // the default
        Assert.Equal(DiagnosticSeverity.Error, config.RuleSeverities["ZL2008"]);
        Assert.Equal(300u, config.MinimumTtl);
        Assert.Equal(new[] { "zones/legacy/*.db", "zones/**/*.zone" }, config.Origins.Select(o => o.Pattern));
        Assert.Equal(DomainName.Parse("legacy.example."), config.Origins[0].Origin);
        Assert.Equal(Path.Combine(Folder, "zones"), config.IncludeRoot);
    }

    [Fact]
    public void An_empty_object_is_the_default()
    {
        var result = Load("{ }");
        Assert.True(result.IsValid);
        var config = result.Configuration;
        Assert.Equal(ZoneLintConfiguration.DefaultMinimumTtl, config.MinimumTtl);
        Assert.Empty(config.RuleSeverities);
        Assert.Empty(config.Origins);
        Assert.Null(config.IncludeRoot);
        Assert.Equal(ConfigPath, config.FilePath);
    }

    [Fact]
    public void The_default_configuration_has_the_catalogue_severities()
    {
        var config = ZoneLintConfiguration.Default;
        Assert.Null(config.FilePath);
        Assert.Equal(60u, config.MinimumTtl);
        Assert.Null(config.IncludeRoot);
        Assert.Null(config.OriginFor("example.com.zone"));
        foreach (var rule in RuleCatalog.All) Assert.Equal(rule.DefaultSeverity, config.EffectiveSeverity(rule));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("warn", DiagnosticSeverity.Warning)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("none", DiagnosticSeverity.None)]
    [InlineData("off", DiagnosticSeverity.None)]
    [InlineData("Warning", DiagnosticSeverity.Warning)]
    public void Reads_each_severity_name(string name, DiagnosticSeverity expected)
    {
        var result = Load($$"""{ "rules": { "ZL2009": "{{name}}" } }""");
        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Configuration.EffectiveSeverity(RuleCatalog.TargetIsCname));
    }

    [Theory]
    [InlineData("0", 0u)]
    [InlineData("2147483647", 2147483647u)]
    [InlineData("3600", 3600u)]
    [InlineData("60.0", 60u)]
    [InlineData("6e1", 60u)]
    public void Reads_minimum_ttl(string json, uint expected)
    {
        var result = Load($$"""{ "minimumTtl": {{json}} }""");
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(expected, result.Configuration.MinimumTtl);
    }

    [Theory]
    [InlineData(".", "")]
    [InlineData("zones", "zones")]
    [InlineData("./zones/include/", "zones/include")]
    [InlineData("zones\\include", "zones/include")]
    [InlineData("../shared", "../shared")]
    public void Resolves_include_root_from_the_configuration_folder(string value, string expected)
    {
        var result = Load($$"""{ "includeRoot": "{{value.Replace("\\", "\\\\")}}" }""");
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(Path.GetFullPath(Path.Combine(Folder, expected)).TrimEnd(Path.DirectorySeparatorChar), result.Configuration.IncludeRoot);
    }

    [Fact]
    public void An_absolute_include_root_is_kept()
    {
        string root = Path.Combine(Path.GetTempPath(), "elsewhere");
        var result = Load($$"""{ "includeRoot": "{{root.Replace("\\", "\\\\")}}" }""");
        Assert.True(result.IsValid);
        Assert.Equal(root, result.Configuration.IncludeRoot);
    }

    [Theory]
    // Each: the file (a line per row), the line and columns of the span, and the exact message.
    [InlineData("{\n  \"rules\": { \"ZL2099\": \"none\" }\n}", 2, 14, 22,
        "unknown rule 'ZL2099' in \"rules\": `zonelint rules` lists every rule")]
    [InlineData("{ \"rules\": { \"ZL-2003\": \"none\" } }", 1, 14, 23,
        "'ZL-2003' in \"rules\" is not a rule ID: a rule ID is ZL and four digits, such as ZL2005")]
    [InlineData("{ \"rules\": {\n  \"ZL2003\": \"none\",\n  \"zl2003\": \"info\" } }", 3, 3, 11,
        "ZL2003 is in \"rules\" twice (first as \"ZL2003\" on line 2): keep one")]
    [InlineData("{ \"rules\": { \"ZL2005\": \"warn-ish\" } }", 1, 24, 34,
        "\"warn-ish\" is not a severity (for ZL2005 in \"rules\"): use \"error\", \"warning\", \"info\" or \"none\" (\"off\")")]
    [InlineData("{ \"rules\": { \"ZL2005\": \"warnings\" } }", 1, 24, 34,
        "\"warnings\" is not a severity (for ZL2005 in \"rules\") (did you mean \"warning\"?): use \"error\", \"warning\", \"info\" or \"none\" (\"off\")")]
    [InlineData("{ \"rules\": { \"ZL2005\": 0 } }", 1, 24, 25,
        "the severity of ZL2005 must be a string, \"error\", \"warning\", \"info\" or \"none\" (\"off\"), not 0")]
    [InlineData("{ \"rules\": { \"ZL9001\": \"off\" } }", 1, 24, 29,
        "ZL9001 cannot be set to \"off\": an invalid configuration always stops the run (exit code 2)")]
    [InlineData("{ \"rules\": [\"ZL2005\"] }", 1, 12, 22,
        "\"rules\" must be an object that maps rule IDs to severities, such as { \"ZL2005\": \"none\" }, not an array")]
    [InlineData("{\n  \"minimumTtl\": \"60s\"\n}", 2, 17, 22,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not \"60s\" (write 60, without quotes)")]
    [InlineData("{ \"minimumTtl\": \"1h\" }", 1, 17, 21,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not \"1h\" (write 3600, without quotes)")]
    [InlineData("{ \"minimumTtl\": -1 }", 1, 17, 19,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not -1")]
    [InlineData("{ \"minimumTtl\": 2147483648 }", 1, 17, 27,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not 2147483648")]
    [InlineData("{ \"minimumTtl\": 1.5 }", 1, 17, 20,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not 1.5")]
    [InlineData("{ \"minimumTtl\": null }", 1, 17, 21,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not null")]
    [InlineData("{ \"minimumTtl\": 1e400 }", 1, 17, 22,
        "\"minimumTtl\" must be a whole number of seconds from 0 to 2147483647, not 1e400")]
    [InlineData("{ \"origins\": \"example.com\" }", 1, 14, 27,
        "\"origins\" must be an object that maps file patterns to domain names, such as { \"zones/*.zone\": \"example.com.\" }, not \"example.com\"")]
    [InlineData("{ \"origins\": { \"zones\\\\*.zone\": \"example.com\" } }", 1, 16, 31,
        "\"zones\\*.zone\" in \"origins\" is not a usable pattern: write '/' between folders, not '\\'")]
    [InlineData("{ \"origins\": { \"/zones/*.zone\": \"example.com\" } }", 1, 16, 31,
        "\"/zones/*.zone\" in \"origins\" is not a usable pattern: patterns are relative to the folder of zonelint.json; remove the leading '/'")]
    [InlineData("{ \"origins\": { \"*.{zone,db}\": \"example.com\" } }", 1, 16, 29,
        "\"*.{zone,db}\" in \"origins\" is not a usable pattern: '{' has no meaning in a pattern: only *, ** and ? are wildcards")]
    [InlineData("{ \"origins\": { \"\": \"example.com\" } }", 1, 16, 18,
        "\"\" in \"origins\" is not a usable pattern: the pattern is empty")]
    [InlineData("{ \"origins\": { \"*.zone\": 1 } }", 1, 26, 27,
        "the origin for \"*.zone\" must be a domain name in a string, such as \"example.com.\", not 1")]
    [InlineData("{ \"origins\": { \"*.zone\": \"exa mple.com\" } }", 1, 26, 40,
        "\"exa mple.com\" (the origin for \"*.zone\") is not a domain name: it contains a space")]
    [InlineData("{ \"origins\": { \"*.zone\": \"example..com\" } }", 1, 26, 40,
        "\"example..com\" (the origin for \"*.zone\") is not a domain name: empty label (two dots in a row)")]
    [InlineData("{ \"origins\": { \"*.zone\": \"@\" } }", 1, 26, 29,
        "\"@\" (the origin for \"*.zone\") is not a domain name: \"@\" stands for the origin itself; write the domain name, such as \"example.com.\"")]
    [InlineData("{ \"origins\": { \"*.zone\": \"例え.jp\" } }", 1, 26, 33,
        "\"例え.jp\" (the origin for \"*.zone\") is not a domain name: it contains the non-ASCII character '例': write an internationalised name in its xn-- (A-label) form")]
    [InlineData("{ \"includeRoot\": [\"zones\"] }", 1, 18, 27,
        "\"includeRoot\" must be a folder path in a string, relative to the folder of zonelint.json (such as \"zones\"), not an array")]
    [InlineData("{ \"includeRoot\": \" \" }", 1, 18, 21,
        "\"includeRoot\" is empty: write \".\" for the folder of zonelint.json")]
    [InlineData("{ \"$schema\": 7 }", 1, 14, 15,
        "\"$schema\" must be a string (the address of the schema), not 7")]
    [InlineData("{\n  \"minTtl\": 30\n}", 2, 3, 11,
        "unknown setting \"minTtl\" (did you mean \"minimumTtl\"?); the settings are \"$schema\", \"rules\", \"minimumTtl\", \"origins\", \"includeRoot\", \"spf\" and \"limits\"")]
    [InlineData("{ \"MinimumTTL\": 30 }", 1, 3, 15,
        "unknown setting \"MinimumTTL\" (did you mean \"minimumTtl\"?); the settings are \"$schema\", \"rules\", \"minimumTtl\", \"origins\", \"includeRoot\", \"spf\" and \"limits\"")]
    [InlineData("{ \"senders\": [] }", 1, 3, 12,
        "unknown setting \"senders\": it belongs inside \"spf\", as in { \"spf\": { \"senders\": ... } }")]
    [InlineData("{ \"ZL2005\": \"none\" }", 1, 3, 11,
        "unknown setting \"ZL2005\": rule severities go inside \"rules\", as in { \"rules\": { \"ZL2005\": \"none\" } }")]
    [InlineData("[ { \"rules\": {} } ]", 1, 1, 20,
        "the configuration must be a JSON object ({ ... }), not an array")]
    [InlineData("{ \"rules\": { \"ZL2005\": \"none\", } }", 1, 30, 31,
        "trailing comma before '}': JSON allows no comma after the last member")]
    public void Reports_each_mistake_at_the_bad_key_or_value(string text, int line, int column, int endColumn, string message)
    {
        var result = Load(text);
        Assert.False(result.IsValid);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleIds.InvalidConfiguration, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ConfigPath, diagnostic.Span.File);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column, line, endColumn),
            (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void Reports_every_mistake_in_file_order_and_keeps_the_valid_settings()
    {
        var result = Load("""
            {
              "rules": { "ZL2005": "none", "ZL2099": "none", "ZL2008": "loud" },
              "minimumTtl": "300",
              "origins": { "a/*.zone": "a.example", "b/*.zone": "b..example" },
              "rules": {},
              "includeRoot": "inc"
            }
            """);

        Assert.False(result.IsValid);
        Assert.Equal(new[] { (2, 32), (2, 60), (3, 17), (4, 53), (5, 3) },
            result.Diagnostics.Select(d => (d.Span.StartLine, d.Span.StartColumn)));
        var config = result.Configuration;
        Assert.Equal(DiagnosticSeverity.None, config.EffectiveSeverity(RuleCatalog.InconsistentRRsetTtl));
        Assert.Equal(RuleCatalog.DuplicateRecord.DefaultSeverity, config.EffectiveSeverity(RuleCatalog.DuplicateRecord));
        Assert.Equal(ZoneLintConfiguration.DefaultMinimumTtl, config.MinimumTtl);
        Assert.Equal("a/*.zone", Assert.Single(config.Origins).Pattern);
        Assert.Equal(Path.Combine(Folder, "inc"), config.IncludeRoot);
    }

    [Fact]
    public void A_syntax_error_leaves_the_defaults()
    {
        var result = Load("{ \"minimumTtl\": 300, \"rules\": { \"ZL2005\": none } }");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((1, 43), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal(ZoneLintConfiguration.DefaultMinimumTtl, result.Configuration.MinimumTtl);
        Assert.Equal(ConfigPath, result.Configuration.FilePath);
    }

    [Fact]
    public void The_diagnostic_prints_as_file_line_column()
    {
        var diagnostic = Assert.Single(Load("{\n  \"rules\": { \"ZL2099\": \"none\" }\n}").Diagnostics);
        Assert.StartsWith($"{ConfigPath}(2,14): error ZL9001: unknown rule 'ZL2099'", diagnostic.ToString());
    }

    [Fact]
    public void Load_file_reads_from_disk()
    {
        using var folder = new TempFolder();
        string path = folder.Write("zonelint.json", "\uFEFF{ \"minimumTtl\": 120 }");
        var result = ConfigurationLoader.LoadFile(path);
        Assert.True(result.IsValid);
        Assert.Equal(120u, result.Configuration.MinimumTtl);
        Assert.Equal(path, result.Configuration.FilePath);
    }

    [Fact]
    public void Load_file_reports_an_unreadable_file_at_the_first_line()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "missing.json");
        var result = ConfigurationLoader.LoadFile(path);
        Assert.False(result.IsValid);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleIds.InvalidConfiguration, diagnostic.Id);
        Assert.Equal((path, 1, 1), (diagnostic.Span.File, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal("cannot read the configuration file: no such file", diagnostic.Message);

        var folderResult = ConfigurationLoader.LoadFile(folder.Path);
        Assert.Equal("cannot read the configuration file: it is a folder, not a file", Assert.Single(folderResult.Diagnostics).Message);
    }
}
