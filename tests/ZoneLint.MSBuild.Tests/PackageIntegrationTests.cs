using System.IO;
using System.Linq;

namespace ZoneLint.MSBuild.Tests;

/// <summary>
/// Packs ZoneLint.MSBuild and runs real `dotnet build` on temporary projects that reference it: a C# class library
/// and a zones-only project on Microsoft.Build.NoTargets. Each build takes a few seconds.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageIntegrationTests(PackedFeedFixture feed)
{
    private const string Zone =
        "$TTL 3600\n" +
        "@       IN  SOA ns1.example.com. hostmaster.example.com. ( 1 3h 1h 2w 5m )\n" +
        "        IN  NS      ns1.example.com.\n";

    private const string BadZone = Zone + "        IN  TXT     v=spf1 a mx ~all\nns1     IN  A       192.0.2.1\n";
    private const string GoodZone = Zone + "        IN  TXT     \"v=spf1 a mx ~all\"\nns1     IN  A       192.0.2.1\n_dmarc  IN  TXT     \"v=DMARC1; p=none\"\n";
    private const string MixedTtlZone = Zone + "  86400 IN  NS      ns2.example.com.\n        IN  TXT     \"v=spf1 -all\"\nns1     IN  A       192.0.2.1\nns2     IN  A       192.0.2.2\n";

    // The span of `v=spf1 a mx ~all` on line 4 (end column exclusive).
    private const string CanonicalError = "zones/example.com.zone(4,21,4,37): error ZL3002: the TXT data is not in double quotes";

    [Fact]
    public void A_bad_zone_fails_a_CSharp_build_with_the_canonical_line_once()
    {
        string project = CSharpProject(BadZone);

        var build = Build(project);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Single(build.LinesOf(CanonicalError));
        Assert.Single(build.Log.Split('\n'), line => line.Contains("ZL3002"));
    }

    [Fact]
    public void A_good_zone_builds_and_a_no_op_rebuild_skips_the_lint()
    {
        string project = CSharpProject(GoodZone);

        var first = Build(project);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("ZL", first.Log);

        var second = Build(project, "-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"ZoneLintCheck\" because all output files are up-to-date", second.Output);

        // A changed zone is linted again.
        File.WriteAllText(Path.Combine(project, "zones", "example.com.zone"), BadZone);
        var third = Build(project);
        Assert.Single(third.LinesOf(CanonicalError));
    }

    [Fact]
    public void A_zones_only_NoTargets_project_fails_on_a_bad_zone_and_NoWarn_silences_a_warning_rule()
    {
        string project = ZonesOnlyProject(BadZone);
        var bad = Build(project);
        Assert.True(bad.ExitCode != 0, bad.ToString());
        Assert.Single(bad.LinesOf(CanonicalError));

        File.WriteAllText(Path.Combine(project, "zones", "example.com.zone"), MixedTtlZone);
        var warned = Build(project);
        Assert.True(warned.ExitCode == 0, warned.ToString());
        Assert.Single(warned.LinesOf("zones/example.com.zone(4,3,4,8): warning ZL2005: "));

        var silenced = Build(project, "-p:NoWarn=ZL2005");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("ZL2005", silenced.Log);
    }

    [AnalyzerFact]
    public void With_the_task_off_the_analyzer_reports_the_same_finding_once_and_honours_NoWarn()
    {
        Assert.True(feed.HasAnalyzer, "the packed package has no analyzers/dotnet/cs/ZoneLint.Analyzers.dll");
        string project = CSharpProject(BadZone);

        var build = Build(project, "-p:ZoneLintEnableTask=false");

        Assert.True(build.ExitCode != 0, build.ToString());
        // The compiler prints the start of the span only.
        Assert.Single(build.LinesOf("zones/example.com.zone(4,21"));
        Assert.Single(build.Log.Split('\n'), line => line.Contains("error ZL3002: the TXT data is not in double quotes"));
        Assert.DoesNotContain("ZoneLintCheck", build.Log);

        File.WriteAllText(Path.Combine(project, "zones", "example.com.zone"), MixedTtlZone);
        var warned = Build(project, "-p:ZoneLintEnableTask=false");
        Assert.Single(warned.Log.Split('\n'), line => line.Contains("warning ZL2005"));
        var silenced = Build(project, "-p:ZoneLintEnableTask=false", "-p:NoWarn=ZL2005");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("ZL2005", silenced.Log);
    }

    private ProcessResult Build(string project, params string[] arguments) =>
        feed.Dotnet(project, new[] { "build", "-p:GenerateFullPaths=false", "-nodeReuse:false" }.Concat(arguments).ToArray());

    private string CSharpProject(string zone)
    {
        string folder = feed.NewProjectFolder("cs");
        File.WriteAllText(Path.Combine(folder, "Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ZoneLint.MSBuild" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Class1.cs"), "namespace Sample;\n\npublic static class Class1\n{\n}\n");
        WriteZone(folder, zone);
        return folder;
    }

    private string ZonesOnlyProject(string zone)
    {
        string folder = feed.NewProjectFolder("zones");
        File.WriteAllText(Path.Combine(folder, "Zones.csproj"), $"""
            <Project Sdk="Microsoft.Build.NoTargets/3.7.0">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ZoneLint.MSBuild" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        WriteZone(folder, zone);
        return folder;
    }

    private static void WriteZone(string folder, string zone)
    {
        Directory.CreateDirectory(Path.Combine(folder, "zones"));
        File.WriteAllText(Path.Combine(folder, "zones", "example.com.zone"), zone);
    }
}
