using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ZoneLint.Cli.Tests.Git;

/// <summary>`zonelint check --staged`: the zones as the git index has them, not as the working tree has them.</summary>
public class StagedCheckTests
{
    /// <summary>A zone whose line 7 is a bad A record (ZL1001).</summary>
    private const string BadZone = """
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        www      IN A   192.0.2.80
        bad      IN A   192.0.2.999

        """;

    private const string GoodZone = """
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. 2024010101 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        www      IN A   192.0.2.80

        """;

    [Fact]
    public void Staged_error_fixed_in_the_working_tree_is_reported_at_its_staged_line()
    {
        using var repo = GitRepository.Init();
        repo.Write("zones/example.com.zone", BadZone);
        repo.Stage(".");
        // The working tree fixes the record and moves everything down three lines.
        repo.Write("zones/example.com.zone", "; a\n; b\n; c\n" + BadZone.Replace("192.0.2.999", "192.0.2.99"));

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains(Path.Combine("zones", "example.com.zone") + "(7,", staged.Stdout);
        Assert.Contains("ZL1001", staged.Stdout);

        var workingTree = repo.Cli.Run("check");
        Assert.Equal(0, workingTree.ExitCode);
    }

    [Fact]
    public void Staged_good_zone_passes_while_the_working_tree_has_an_error()
    {
        using var repo = GitRepository.Init();
        repo.Write("db.example.com", GoodZone);
        repo.Stage(".");
        repo.Write("db.example.com", "; new\n" + BadZone);

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(0, staged.ExitCode);
        Assert.Contains("1 zone file", staged.Stdout);

        var workingTree = repo.Cli.Run("check");
        Assert.Equal(1, workingTree.ExitCode);
        Assert.Contains("db.example.com(8,", workingTree.Stdout);
    }

    [Fact]
    public void Included_file_is_read_from_the_index()
    {
        using var repo = GitRepository.Init();
        repo.Write("example.com.zone", GoodZone + "$INCLUDE hosts.inc\n");
        repo.Write("hosts.inc", "; hosts\nmail IN A 192.0.2.300\n");
        repo.Stage(".");
        repo.Write("hosts.inc", "mail IN A 192.0.2.30\n");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("hosts.inc(2,", staged.Stdout); // the included file names itself, with its staged line

        Assert.Equal(0, repo.Cli.Run("check").ExitCode);
    }

    [Fact]
    public void Included_file_that_is_only_on_disk_is_not_in_the_index()
    {
        using var repo = GitRepository.Init();
        repo.Write("example.com.zone", GoodZone + "$INCLUDE hosts.inc\n");
        repo.Stage("example.com.zone");
        repo.Write("hosts.inc", "mail IN A 192.0.2.30\n");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("cannot include 'hosts.inc': not in the git index", staged.Stdout);
        Assert.Equal(0, repo.Cli.Run("check").ExitCode);
    }

    [UnixFact]
    public void Symbolic_link_in_the_index_is_refused_as_an_include()
    {
        using var repo = GitRepository.Init();
        repo.Write("example.com.zone", GoodZone + "$INCLUDE hosts.inc\n");
        repo.Write("real/hosts.inc", "mail IN A 192.0.2.30\n");
        File.CreateSymbolicLink(Path.Combine(repo.Folder, "hosts.inc"), "real/hosts.inc");
        repo.Stage(".");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("symbolic link in the git index", staged.Stdout);
    }

    [Fact]
    public void Include_root_confinement_holds_in_the_index()
    {
        using var repo = GitRepository.Init();
        repo.Write("zones/example.com.zone", GoodZone + "$INCLUDE ../secrets/hosts.inc\n");
        repo.Write("secrets/hosts.inc", "mail IN A 192.0.2.30\n");
        repo.Stage(".");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("leads outside the include root", staged.Stdout);
    }

    [Fact]
    public void Zone_deleted_in_the_index_is_not_linted()
    {
        using var repo = GitRepository.Init();
        repo.Write("bad.example.zone", BadZone);
        repo.Write("good.example.zone", GoodZone);
        repo.Stage(".");
        repo.Commit("zones");
        repo.Run("rm", "-q", "--cached", "bad.example.zone"); // gone from the next commit, still on disk

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(0, staged.ExitCode);
        Assert.DoesNotContain("bad.example.zone", staged.Stdout + staged.Stderr);
        Assert.Contains("1 zone file", staged.Stdout);

        Assert.Equal(1, repo.Cli.Run("check").ExitCode);
    }

    [Fact]
    public void File_names_with_a_space_non_ascii_letters_and_a_line_feed_are_read()
    {
        using var repo = GitRepository.Init();
        repo.Write("my zones/bücher example.zone", BadZone);
        if (!OperatingSystem.IsWindows()) repo.Write("odd\nname.zone", BadZone);
        repo.Stage(".");
        repo.Write("my zones/bücher example.zone", GoodZone); // only the index has the errors
        if (!OperatingSystem.IsWindows()) repo.Write("odd\nname.zone", GoodZone);

        var staged = repo.Cli.Run("check", "--staged", "--format", "json");
        Assert.Equal(1, staged.ExitCode);
        using var report = JsonDocument.Parse(staged.Stdout);
        var files = report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).ToHashSet();
        Assert.Contains(Path.Combine("my zones", "bücher example.zone"), files);
        if (!OperatingSystem.IsWindows()) Assert.Contains("odd\nname.zone", files);

        var named = repo.Cli.Run("check", "--staged", Path.Combine("my zones", "bücher example.zone"));
        Assert.Equal(1, named.ExitCode);
        Assert.Contains("(7,", named.Stdout);
    }

    [Fact]
    public void Configuration_is_read_from_the_index()
    {
        using var repo = GitRepository.Init();
        repo.Write("zonelint.json", """{ "rules": { "ZL1001": "none" } }""");
        repo.Write("zones/example.com.zone", BadZone);
        repo.Stage(".");
        repo.Delete("zonelint.json"); // only the index has it

        Assert.Equal(0, repo.Cli.Run("check", "--staged").ExitCode);
        Assert.Equal(0, repo.Cli.RunIn("zones", "check", "--staged").ExitCode); // found above the current folder
        Assert.Equal(1, repo.Cli.Run("check").ExitCode);
    }

    [Fact]
    public void Invalid_configuration_in_the_index_is_reported_there()
    {
        using var repo = GitRepository.Init();
        repo.Write("zonelint.json", """{ "minimumTtl": "soon" }""");
        repo.Write("example.com.zone", GoodZone);
        repo.Stage(".");
        repo.Write("zonelint.json", "{ }");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(2, staged.ExitCode);
        Assert.Contains("zonelint.json(1,", staged.Stdout);
        Assert.Equal(0, repo.Cli.Run("check").ExitCode);
    }

    [Fact]
    public void Run_from_a_subfolder_shows_paths_relative_to_it()
    {
        using var repo = GitRepository.Init();
        repo.Write("zones/inner/example.com.zone", BadZone);
        repo.Write("other/example.org.zone", BadZone.Replace("example.com.", "example.org."));
        repo.Stage(".");
        repo.Write("zones/inner/example.com.zone", GoodZone);
        repo.Write("other/example.org.zone", GoodZone);

        var staged = repo.Cli.RunIn("zones", "check", "--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains(Path.Combine("inner", "example.com.zone") + "(7,", staged.Stdout);
        Assert.DoesNotContain("example.org", staged.Stdout);

        var parent = repo.Cli.RunIn("zones", "check", "--staged", Path.Combine("..", "other"));
        Assert.Equal(1, parent.ExitCode);
        Assert.Contains(Path.Combine("..", "other", "example.org.zone") + "(7,", parent.Stdout);
    }

    [Fact]
    public void Folder_search_skips_dot_folders_and_build_output_as_on_disk()
    {
        using var repo = GitRepository.Init();
        repo.Write(".history/example.com.zone", BadZone);
        repo.Write("bin/example.com.zone", BadZone);
        repo.Write("Node_Modules/x/example.com.zone", BadZone);
        repo.Write("notes.txt", "not a zone");
        repo.Write("zones/example.com.zone", GoodZone);
        repo.Stage(".");

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(0, staged.ExitCode);
        Assert.Contains("1 zone file", staged.Stdout);
    }

    [Fact]
    public void Nothing_staged_is_no_error()
    {
        using var repo = GitRepository.Init();
        repo.Write("example.com.zone", BadZone); // on disk only

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(0, staged.ExitCode);
        Assert.Contains("no zone files", staged.Stderr);
        Assert.Contains("staged", staged.Stderr);
    }

    [Fact]
    public void Outside_a_git_repository_is_exit_2_with_one_line()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", GoodZone);

        var staged = cli.Run("check", "--staged");
        Assert.Equal(2, staged.ExitCode);
        Assert.Equal("", staged.Stdout);
        Assert.Single(staged.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("git repository", staged.Stderr);
    }

    [Fact]
    public void Path_not_in_the_index_is_exit_2_with_one_line()
    {
        using var repo = GitRepository.Init();
        repo.Write("staged.example.zone", GoodZone);
        repo.Stage(".");
        repo.Write("untracked.example.zone", GoodZone);

        var untracked = repo.Cli.Run("check", "--staged", "untracked.example.zone");
        Assert.Equal(2, untracked.ExitCode);
        Assert.Equal("zonelint: 'untracked.example.zone' is not in the git index; `git add` it first, or lint the working tree without --staged\n", untracked.Stderr.Replace("\r\n", "\n"));

        var missing = repo.Cli.Run("check", "--staged", "nowhere.zone");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("not in the git index", missing.Stderr);
    }

    [Fact]
    public void Merge_conflict_in_a_zone_is_exit_2_naming_it()
    {
        using var repo = GitRepository.Init();
        repo.Write("example.com.zone", GoodZone);
        repo.Stage(".");
        repo.Commit("base");
        repo.Run("checkout", "-q", "-b", "ours");
        repo.Write("example.com.zone", GoodZone.Replace("192.0.2.80", "192.0.2.81"));
        repo.Run("commit", "-q", "-am", "ours");
        repo.Run("checkout", "-q", "main");
        repo.Write("example.com.zone", GoodZone.Replace("192.0.2.80", "192.0.2.82"));
        repo.Run("commit", "-q", "-am", "theirs");
        Assert.NotEqual(0, repo.TryRun(null, "merge", "-q", "ours").ExitCode);

        var staged = repo.Cli.Run("check", "--staged");
        Assert.Equal(2, staged.ExitCode);
        Assert.Contains("'example.com.zone' has unresolved merge conflicts", staged.Stderr);
    }
}
