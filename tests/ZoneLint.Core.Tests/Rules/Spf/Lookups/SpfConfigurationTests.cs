using System.IO;
using System.Linq;
using System.Net;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>The "spf" object of zonelint.json: threshold, senders, lock file; each mistake a ZL9001 where it stands.</summary>
public sealed class SpfConfigurationTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "zl-config"));

    private static ConfigurationResult Load(string text) => ConfigurationLoader.Load(Path.Combine(Folder, "zonelint.json"), text);

    [Fact]
    public void Without_spf_the_defaults_apply_and_the_lock_file_is_beside_the_configuration()
    {
        var spf = Load("{}").Configuration.Spf;

        Assert.Equal(8, spf.LookupWarningThreshold);
        Assert.Empty(spf.Senders);
        Assert.Equal("zonelint.lock.json", spf.LockFile);
        Assert.Equal(Path.Combine(Folder, "zonelint.lock.json"), spf.LockFilePath);
        Assert.Null(ZoneLintConfiguration.Default.Spf.LockFilePath);
    }

    [Fact]
    public void Every_spf_setting_is_read()
    {
        var result = Load("""
            { "spf": {
                "lookupWarningThreshold": 6,
                "senders": { "example.com": ["192.0.2.25", "2001:db8::25", "include:_spf.google.com"], "shop.example.com.": [] },
                "lockFile": "dns/lock.json"
            } }
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var spf = result.Configuration.Spf;
        Assert.Equal(6, spf.LookupWarningThreshold);
        Assert.Equal(Path.Combine(Folder, "dns", "lock.json"), spf.LockFilePath);
        Assert.Equal(new[] { "192.0.2.25", "2001:db8::25", "include:_spf.google.com" }, spf.Senders.Select(s => s.Text));
        Assert.All(spf.Senders, s => Assert.Equal(DomainName.Parse("example.com."), s.Domain));
        Assert.Equal(IPAddress.Parse("192.0.2.25"), spf.Senders[0].Address);
        Assert.Equal(DomainName.Parse("_spf.google.com."), spf.Senders[2].Include);
    }

    [Theory]
    [InlineData("{ \"spf\": { \"lookupWarningThreshold\": 11 } }", "\"lookupWarningThreshold\" must be a whole number from 1 to 10", "11")]
    [InlineData("{ \"spf\": { \"lookupWarningThreshold\": \"8\" } }", "\"lookupWarningThreshold\" must be a whole number from 1 to 10", "\"8\"")]
    [InlineData("{ \"spf\": { \"senders\": { \"example.com\": [\"1\"] } } }", "\"1\" (a sender of example.com.) is not valid", "\"1\"")]
    [InlineData("{ \"spf\": { \"senders\": { \"example.com\": [\"include:\"] } } }", "the include names no domain", "\"include:\"")]
    [InlineData("{ \"spf\": { \"senders\": { \"example.com\": \"192.0.2.25\" } } }", "the senders of example.com. must be an array", "\"192.0.2.25\"")]
    [InlineData("{ \"spf\": { \"senders\": { \"exa mple.com\": [] } } }", "\"exa mple.com\" in \"senders\" is not a domain name", "\"exa mple.com\"")]
    [InlineData("{ \"spf\": { \"senders\": { \"example.com\": [], \"example.com.\": [] } } }", "example.com. is in \"senders\" twice", "\"example.com.\"")]
    [InlineData("{ \"spf\": { \"sender\": {} } }", "unknown setting \"sender\" in \"spf\" (did you mean \"senders\"?)", "\"sender\"")]
    [InlineData("{ \"spf\": { \"lockFile\": \"\" } }", "\"lockFile\" must be a file path", "\"\"")]
    [InlineData("{ \"spf\": [] }", "\"spf\" must be an object", "[]")]
    [InlineData("{ \"senders\": {} }", "unknown setting \"senders\": it belongs inside \"spf\"", "\"senders\"")]
    public void Each_mistake_is_reported_at_the_bad_key_or_value(string text, string message, string at)
    {
        var result = Load(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZL9001", diagnostic.Id);
        Assert.Contains(message, diagnostic.Message);
        Assert.Equal(at, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void A_bad_sender_does_not_drop_the_good_ones()
    {
        var result = Load("{ \"spf\": { \"senders\": { \"example.com\": [\"192.0.2.25\", \"mail.example.com\", \"include:_spf.google.com\"] } } }");

        Assert.Single(result.Diagnostics);
        Assert.Equal(2, result.Configuration.Spf.Senders.Count);
    }
}
