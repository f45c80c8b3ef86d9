using System.IO;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Tests.Configuration;

public class OriginPatternTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "zonelint-origin-tests", "repo");

    [Theory]
    [InlineData("*.zone", "example.com.zone", true)]
    [InlineData("*.zone", "zones/example.com.zone", false)]
    [InlineData("*.zone", "example.com.zone.bak", false)]
    [InlineData("*.zone", "Example.ZONE", false)] // case-sensitive
    [InlineData("db.*", "db.example.com", true)]
    [InlineData("zones/*.zone", "zones/example.com.zone", true)]
    [InlineData("zones/*.zone", "zones/sub/example.com.zone", false)]
    [InlineData("zones/*.zone", "other/zones/example.com.zone", false)]
    [InlineData("zones/**/*.zone", "zones/example.com.zone", true)]
    [InlineData("zones/**/*.zone", "zones/a/b/example.com.zone", true)]
    [InlineData("zones/**/*.zone", "zonesx/example.com.zone", false)]
    [InlineData("**/*.zone", "example.com.zone", true)]
    [InlineData("**/*.zone", "a/b/example.com.zone", true)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("zones/**", "zones/a/b.zone", true)]
    [InlineData("zones/**", "zones", false)]
    [InlineData("zones/**.zone", "zones/a/b.zone", true)]
    [InlineData("zones/*/example.zone", "zones/a/example.zone", true)]
    [InlineData("zones/*/example.zone", "zones/a/b/example.zone", false)]
    [InlineData("db.example.?om", "db.example.com", true)]
    [InlineData("db.example.?om", "db.example.om", false)]
    [InlineData("a?b", "a/b", false)]
    [InlineData("./zones/*.zone", "zones/x.zone", true)]
    [InlineData("example.com(1).zone", "example.com(1).zone", true)] // regex characters are literal
    [InlineData("example+com.zone", "examplexcom.zone", false)]
    [InlineData("../shared/*.zone", "../shared/x.zone", true)]
    public void Matches_globs_on_relative_paths(string pattern, string path, bool expected)
    {
        Assert.Null(GlobPattern.TryCreate(pattern, out var glob));
        Assert.Equal(expected, glob!.IsMatch(path));
    }

    private static ZoneLintConfiguration Configuration(string origins)
    {
        var result = ConfigurationLoader.Load(Path.Combine(Folder, "zonelint.json"), $$"""{ "origins": {{{origins}}} }""");
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Configuration;
    }

    private static string InFolder(string relativePath) =>
        Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void The_first_matching_pattern_in_file_order_wins()
    {
        var config = Configuration("""
            "zones/special/*.zone": "special.example",
            "zones/**/*.zone": "example.com",
            "zones/special/x.zone": "never.example"
            """);
        Assert.Equal(DomainName.Parse("special.example."), config.OriginFor(InFolder("zones/special/x.zone")));
        Assert.Equal(DomainName.Parse("example.com."), config.OriginFor(InFolder("zones/other/x.zone")));
        Assert.Null(config.OriginFor(InFolder("x.zone")));
    }

    [Fact]
    public void A_pattern_without_slash_also_matches_the_bare_file_name()
    {
        var config = Configuration("""
            "db.legacy": "legacy.example.",
            "zones/db.other": "other.example."
            """);
        Assert.Equal(DomainName.Parse("legacy.example."), config.OriginFor(InFolder("deep/down/db.legacy")));
        Assert.Equal(DomainName.Parse("other.example."), config.OriginFor(InFolder("zones/db.other")));
        Assert.Null(config.OriginFor(InFolder("deep/zones/db.other"))); // a pattern with '/' is anchored at the folder
    }

    [Fact]
    public void Files_outside_the_folder_are_matched_by_relative_path_and_by_name()
    {
        var config = Configuration("""
            "../shared/*.zone": "shared.example.",
            "*.db": "db.example."
            """);
        string parent = Path.GetDirectoryName(Folder)!;
        Assert.Equal(DomainName.Parse("shared.example."), config.OriginFor(Path.Combine(parent, "shared", "a.zone")));
        Assert.Equal(DomainName.Parse("db.example."), config.OriginFor(Path.Combine(parent, "elsewhere", "a.db")));
    }

    [Fact]
    public void A_relative_zone_path_is_taken_from_the_current_folder()
    {
        var result = ConfigurationLoader.Load("zonelint.json", """{ "origins": { "zones/*.zone": "example.com" } }""");
        Assert.True(result.IsValid);
        Assert.Equal(DomainName.Parse("example.com."), result.Configuration.OriginFor(Path.Combine("zones", "a.zone")));
    }

    [Theory]
    [InlineData("example.com", "example.com.")]
    [InlineData("example.com.", "example.com.")]
    [InlineData("EXAMPLE.com", "example.com.")]
    [InlineData(".", ".")]
    [InlineData("xn--r8jz45g.jp", "xn--r8jz45g.jp.")]
    public void A_configured_origin_is_absolute_with_or_without_the_trailing_dot(string written, string expected)
    {
        var config = Configuration($"\"*.zone\": \"{written}\"");
        var origin = config.OriginFor(InFolder("a.zone"));
        Assert.Equal(DomainName.Parse(expected), origin);
        Assert.Equal(DomainName.Parse(expected).LabelCount, origin!.LabelCount);
    }

    [Theory]
    [InlineData("a", "a/b.zone", "b.zone")]
    [InlineData("a/b", "a/b/c/d.zone", "c/d.zone")]
    [InlineData("a/b", "a/x.zone", "../x.zone")]
    [InlineData("a/b", "c/x.zone", "../../c/x.zone")]
    public void Computes_relative_paths(string folder, string file, string expected)
    {
        string root = Path.GetTempPath();
        string Full(string p) => Path.Combine(root, p.Replace('/', Path.DirectorySeparatorChar));
        Assert.Equal(expected, ZoneLintConfiguration.RelativePath(Full(folder), Full(file)));
    }
}
