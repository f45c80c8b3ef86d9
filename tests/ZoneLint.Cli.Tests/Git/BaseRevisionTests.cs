using System.IO;

namespace ZoneLint.Cli.Tests.Git;

/// <summary>`zonelint check --base REV`: the change since a git revision is reviewed, in a real repository.</summary>
public class BaseRevisionTests
{
    private static string Zone(string serial, string www, string extra = "") => $"""
        $ORIGIN example.com.
        $TTL 3600
        @        IN SOA ns1.example.net. hostmaster.example.com. {serial} 7200 3600 1209600 300
        @        IN NS  ns1.example.net.
        @        IN NS  ns2.example.net.
        www      IN A   {www}
        {extra}
        """;

    private static GitRepository RepositoryWithMain()
    {
        var repo = GitRepository.Init();
        repo.Write("zones/example.com.zone", Zone("2026112701", "192.0.2.10"));
        repo.Stage(".");
        repo.Commit("zone");
        repo.Run("checkout", "-q", "-b", "change");
        return repo;
    }

    [Fact]
    public void Forgotten_serial_bump_fails_and_the_bumped_zone_passes()
    {
        using var repo = RepositoryWithMain();
        repo.Write("zones/example.com.zone", Zone("2026112701", "192.0.2.20"));
        repo.Stage(".");
        repo.Commit("move www");

        var forgotten = repo.Cli.Run("check", "--base", "main");
        Assert.Equal(1, forgotten.ExitCode);
        // Line 3, the serial's column: 57 characters of owner, class, type and the two names come before it.
        Assert.Contains(Path.Combine("zones", "example.com.zone") + "(3,58): error ZL2015", forgotten.Stdout);
        Assert.Contains("the zone changed since main (1 record added, 1 removed) but the SOA serial is still 2026112701", forgotten.Stdout);

        repo.Write("zones/example.com.zone", Zone("2026112702", "192.0.2.20"));
        repo.Stage(".");
        repo.Commit("bump the serial");
        var bumped = repo.Cli.Run("check", "--base", "main");
        Assert.Equal(0, bumped.ExitCode);
        Assert.DoesNotContain("ZL2015", bumped.Stdout);

        // Without --base nothing is compared, whatever the history.
        repo.Run("checkout", "-q", "HEAD~1");
        Assert.Equal(0, repo.Cli.Run("check").ExitCode);
    }

    [Fact]
    public void Staged_change_is_compared_with_the_base_before_the_commit()
    {
        using var repo = RepositoryWithMain();
        repo.Write("zones/example.com.zone", Zone("2026112701", "192.0.2.10", "mail     IN A   192.0.2.25"));
        repo.Stage(".");
        // The working tree has the bump, the index does not: the index is what is committed.
        repo.Write("zones/example.com.zone", Zone("2026112702", "192.0.2.10", "mail     IN A   192.0.2.25"));

        var staged = repo.Cli.Run("check", "--staged", "--base", "HEAD");
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("ZL2015", staged.Stdout);
        Assert.Equal(0, repo.Cli.Run("check", "--base", "HEAD").ExitCode);
    }

    [Fact]
    public void A_change_in_an_included_file_needs_the_bump_too()
    {
        using var repo = GitRepository.Init();
        repo.Write("zones/example.com.zone", Zone("2026112701", "192.0.2.10", "$INCLUDE hosts.inc"));
        repo.Write("zones/hosts.inc", "mail IN A 192.0.2.25\n");
        repo.Stage(".");
        repo.Commit("zone");
        repo.Write("zones/hosts.inc", "mail IN A 192.0.2.26\n");

        var result = repo.Cli.Run("check", "zones/example.com.zone", "--base", "HEAD");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ZL2015", result.Stdout);
    }

    [Fact]
    public void Removed_host_still_aliased_is_reported()
    {
        using var repo = RepositoryWithMain();
        repo.Write("zones/example.com.zone", Zone("2026112701", "192.0.2.10", "old IN A 192.0.2.30\nalias IN CNAME old"));
        repo.Stage(".");
        repo.Commit("old host");
        repo.Run("branch", "-q", "-f", "main");
        repo.Write("zones/example.com.zone", Zone("2026112702", "192.0.2.10", "alias IN CNAME old"));

        var result = repo.Cli.Run("check", "--base", "main", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"id\": \"ZL2016\"", result.Stdout);
        Assert.DoesNotContain("ZL2015", result.Stdout);
    }

    [Fact]
    public void Zone_that_is_new_since_the_base_has_nothing_to_compare()
    {
        using var repo = RepositoryWithMain();
        repo.Write("zones/example.org.zone", Zone("1", "192.0.2.10").Replace("example.com.", "example.org."));
        var result = repo.Cli.Run("check", "--base", "main");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Unknown_revision_is_a_usage_error_without_a_stack_trace()
    {
        using var repo = RepositoryWithMain();
        var result = repo.Cli.Run("check", "--base", "no-such-branch");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--base: 'no-such-branch' is not a commit in this repository", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Outside_a_repository_base_is_a_usage_error()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", Zone("1", "192.0.2.10"));
        var result = cli.Run("check", "--base", "main");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--base needs a git repository", result.Stderr);
    }
}
