using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace ZoneLint.MSBuild.Tests;

/// <summary>
/// The dotnet tool ZoneLint.Cli from the same `dotnet pack` at the root as the MSBuild package (so the repository is
/// packed once): its contents, and `dotnet tool install` into a tool folder and into a local tool manifest.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class DotnetToolPackageTests(PackedFeedFixture feed)
{
    private const string BadZone =
        "$TTL 3600\n" +
        "@       IN  SOA ns1.example.com. hostmaster.example.com. ( 1 3h 1h 2w 5m )\n" +
        "        IN  NS      ns1.example.com.\n" +
        "        IN  TXT     v=spf1 a mx ~all\n" +
        "ns1     IN  A       192.0.2.1\n";

    [Fact]
    public void The_package_is_a_dotnet_tool_with_the_command_zonelint_and_its_metadata()
    {
        using var zip = ZipFile.OpenRead(feed.ToolPackage);

        var settings = XDocument.Load(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var command = Assert.Single(settings.Descendants("Command"));
        Assert.Equal("zonelint", (string?)command.Attribute("Name"));
        Assert.Equal("zonelint.dll", (string?)command.Attribute("EntryPoint"));
        Assert.NotNull(zip.GetEntry("tools/net10.0/any/zonelint.dll"));
        Assert.NotNull(zip.GetEntry("README.md"));

        var nuspec = XDocument.Load(zip.GetEntry("ZoneLint.Cli.nuspec")!.Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("DotnetTool", (string?)metadata.Element(ns + "packageTypes")?.Element(ns + "packageType")?.Attribute("name"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
        Assert.Equal("https://github.com/zonelint/zonelint", (string?)metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Contains("dotnet-tool", ((string?)metadata.Element(ns + "tags") ?? "").Split(' '));
    }

    [Fact]
    public void Installed_into_a_tool_folder_zonelint_checks_a_zone()
    {
        string folder = feed.NewProjectFolder("tool-path");
        string toolPath = Path.Combine(folder, "tools");
        var install = feed.Dotnet(folder, "tool", "install", "ZoneLint.Cli", "--version", feed.Version, "--tool-path", toolPath, "--add-source", feed.Feed);
        Assert.True(install.ExitCode == 0, install.ToString());
        string zonelint = Path.Combine(toolPath, "zonelint");
        // samples/README.md: SPF text with no quotes on line 11.
        File.Copy(Path.Combine(PackedFeedFixture.RepositoryRoot, "samples", "zones", "example.org.zone"), Path.Combine(folder, "example.org.zone"));

        var version = PackedFeedFixture.Run(zonelint, folder, null, "--version");
        var check = PackedFeedFixture.Run(zonelint, folder, null, "check", "example.org.zone");

        Assert.Equal(feed.Version, version.Output.Trim());
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Single(check.LinesOf("example.org.zone(11,21): error ZL3002: the TXT data is not in double quotes"));
    }

    [Fact]
    public void Installed_in_a_local_tool_manifest_dotnet_zonelint_runs()
    {
        string folder = feed.NewProjectFolder("manifest");
        var manifest = feed.Dotnet(folder, "new", "tool-manifest");
        Assert.True(manifest.ExitCode == 0, manifest.ToString());
        var install = feed.Dotnet(folder, "tool", "install", "ZoneLint.Cli", "--version", feed.Version, "--add-source", feed.Feed);
        Assert.True(install.ExitCode == 0, install.ToString());
        Directory.CreateDirectory(Path.Combine(folder, "zones"));
        File.WriteAllText(Path.Combine(folder, "zones", "example.com.zone"), BadZone);

        var version = feed.Dotnet(folder, "zonelint", "--version");
        var check = feed.Dotnet(folder, "zonelint", "check", "zones");

        Assert.Equal(feed.Version, version.Output.Trim());
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Single(check.LinesOf("zones/example.com.zone(4,21): error ZL3002: "));
    }
}
