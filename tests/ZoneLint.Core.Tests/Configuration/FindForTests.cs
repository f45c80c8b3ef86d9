using ZoneLint.Core.Configuration;

namespace ZoneLint.Core.Tests.Configuration;

public class FindForTests
{
    [Fact]
    public void Finds_the_configuration_in_the_zone_files_folder()
    {
        using var tree = new TempFolder();
        tree.CreateFolder("repo/.git");
        string config = tree.Write("repo/zones/zonelint.json", "{}");
        string zone = tree.Write("repo/zones/example.com.zone");
        Assert.Equal(config, ConfigurationLoader.FindFor(zone));
    }

    [Fact]
    public void Walks_up_to_the_nearest_configuration()
    {
        using var tree = new TempFolder();
        tree.CreateFolder("repo/.git");
        string outer = tree.Write("repo/zonelint.json", "{}");
        string inner = tree.Write("repo/zones/internal/zonelint.json", "{}");
        Assert.Equal(outer, ConfigurationLoader.FindFor(tree.Write("repo/zones/a/b/example.com.zone")));
        Assert.Equal(inner, ConfigurationLoader.FindFor(tree.Write("repo/zones/internal/x/db.internal")));
    }

    [Fact]
    public void Checks_the_repository_root_and_stops_there()
    {
        using var tree = new TempFolder();
        tree.Write("zonelint.json", "{}"); // above the repository: not this repository's configuration
        tree.CreateFolder("repo/.git");
        string zone = tree.Write("repo/zones/example.com.zone");
        Assert.Null(ConfigurationLoader.FindFor(zone));

        string atRoot = tree.Write("repo/zonelint.json", "{}");
        Assert.Equal(atRoot, ConfigurationLoader.FindFor(zone));
    }

    [Fact]
    public void A_git_file_marks_a_worktree_or_submodule_root()
    {
        using var tree = new TempFolder();
        tree.Write("repo/zonelint.json", "{}");
        tree.Write("repo/sub/.git", "gitdir: ../.git/modules/sub");
        Assert.Null(ConfigurationLoader.FindFor(tree.Write("repo/sub/x.zone")));
    }

    [Fact]
    public void Given_a_folder_starts_in_that_folder()
    {
        using var tree = new TempFolder();
        tree.CreateFolder(".git");
        string config = tree.Write("zones/zonelint.json", "{}");
        Assert.Equal(config, ConfigurationLoader.FindFor(tree.Combine("zones")));
    }

    [Fact]
    public void A_folder_named_like_the_file_is_not_a_configuration()
    {
        using var tree = new TempFolder();
        tree.CreateFolder(".git");
        string config = tree.Write("zonelint.json", "{}");
        tree.CreateFolder("zones/zonelint.json");
        Assert.Equal(config, ConfigurationLoader.FindFor(tree.Write("zones/x.zone")));
    }

    [Fact]
    public void The_zone_file_need_not_exist()
    {
        using var tree = new TempFolder();
        tree.CreateFolder(".git");
        string config = tree.Write("zonelint.json", "{}");
        Assert.Equal(config, ConfigurationLoader.FindFor(tree.Combine("zones/not-yet.zone")));
    }
}
