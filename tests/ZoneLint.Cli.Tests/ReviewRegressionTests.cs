using System;
using System.IO;
using System.Linq;
using System.Text;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli.Tests;

/// <summary>Mistakes found in review, each pinned by the input that showed it.</summary>
public sealed class ReviewRegressionTests
{
    [Fact]
    public void NulInAnIncludePathIsZl1004NotACrash()
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone + "$INCLUDE a\0b\n");

        var (code, stdout, stderr) = cli.Run("check", "example.com.zone");

        Assert.Equal(1, code);
        Assert.Contains("error ZL1004:", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void LinkedFoldersAreNotFollowedSoALoopEndsAndEachZoneIsCheckedOnce()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.GoodZone);
        Directory.CreateSymbolicLink(Path.Combine(cli.Folder, "zones", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(cli.Folder, "zones", "up"), "..");

        var (code, stdout, _) = cli.Run("check", "zones");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 zone file.", stdout.Trim());
    }

    [Fact]
    public void SpfEvalReadsAZoneNamedByItsOriginNotItsFileName()
    {
        using var cli = new CliRunner();
        cli.Write("primary.zone", "$ORIGIN example.com.\n" + CliRunner.GoodZone);

        var (code, stdout, _) = cli.Run("spf", "eval", "--ip", "192.0.2.25", "--sender", "a@example.com", "--zone", "primary.zone", "--offline");

        Assert.Equal(0, code);
        Assert.StartsWith("result: pass", stdout);
    }

    [Fact]
    public void CheckFollowsTheLockFileThatSpfLockWritesBesideTheZones()
    {
        using var cli = new CliRunner();
        cli.Write("zones/example.com.zone", CliRunner.ZoneWithProviderInclude);
        var google = DomainName.Parse("_spf.google.com.");
        var octets = Encoding.ASCII.GetBytes("v=spf1 ip4:209.85.128.0/17 ~all");
        var lockFile = new LockFile(new[]
        {
            new LockedAnswer(google, RRType.TXT, DnsStatus.NoError, DateTimeOffset.UnixEpoch,
                new[] { new DnsRecord(google, RRType.TXT, new[] { (byte)octets.Length }.Concat(octets).ToArray()) }),
        });
        cli.Write("zones/" + LockFile.DefaultFileName, LockFileWriter.Write(lockFile));

        var (code, stdout, _) = cli.Run("check", "zones");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 1 zone file.", stdout.Trim());
    }

    [Theory]
    [InlineData("10")]
    [InlineData("192.0.2")]
    [InlineData("0x7f.1")]
    public void ShorthandIpv4IsNotAnAddress(string ip)
    {
        using var cli = new CliRunner();
        cli.Write("example.com.zone", CliRunner.GoodZone);

        var (code, _, stderr) = cli.Run("spf", "eval", "--ip", ip, "--sender", "a@example.com", "--zone", "example.com.zone");

        Assert.Equal(2, code);
        Assert.Contains($"invalid --ip '{ip}'", stderr);
    }
}
