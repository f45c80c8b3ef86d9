using System;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1004: $INCLUDE of a missing file, a cycle, nesting too deep, or a path leading outside the root.</summary>
public sealed class ZL1004Tests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _zones;

    public ZL1004Tests()
    {
        _zones = Path.Combine(_temp.Path, "zones");
        Directory.CreateDirectory(_zones);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes the text to zones/test.zone and checks it from disk; the include root is zones/.</summary>
    private RuleVerifier OnDisk(Action<CheckOptions>? configure = null) => new("Core (file)", text =>
    {
        string path = _temp.Write("zones/test.zone", text);
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        configure?.Invoke(options);
        var diagnostics = ZoneChecker.CheckFile(path, options).Diagnostics;
        Assert.All(diagnostics, d => Assert.Equal(path, d.Span.File));
        return diagnostics.Select(d => new ReportedDiagnostic(d.Id, d.Span.Start, d.Span.End, d.Message)).ToList();
    });

    private static CheckOptions Options()
    {
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        return options;
    }

    [Fact]
    public void Included_file_is_read()
    {
        _temp.Write("zones/hosts.inc", "www IN A 192.0.2.1\nwww IN A 192.0.2.1\n");
        var result = ZoneChecker.CheckFile(_temp.Write("zones/test.zone", Zones.Apex + "$INCLUDE hosts.inc\n"), Options());

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal(("ZL2008", Path.Combine(_zones, "hosts.inc"), 2), (duplicate.Id, duplicate.Span.File, duplicate.Span.StartLine));
    }

    [Fact]
    public void Missing_file_is_reported_on_the_file_name()
    {
        OnDisk().VerifyMessage(Zones.Apex + """
            $INCLUDE {|ZL1004:missing.inc|}
            www  IN A 192.0.2.1
            """,
            "ZL1004", "cannot include 'missing.inc'", "no such file");
    }

    [Fact]
    public void Folder_is_not_a_file()
    {
        Directory.CreateDirectory(Path.Combine(_zones, "sub"));
        OnDisk().VerifyMessage(Zones.Apex + "$INCLUDE {|ZL1004:sub|}\n", "ZL1004", "folder");
    }

    [Fact]
    public void File_including_itself_is_a_cycle()
    {
        OnDisk().VerifyMessage(Zones.Apex + "$INCLUDE {|ZL1004:test.zone|}\n", "ZL1004", "include cycle");
    }

    [Fact]
    public void Cycle_through_another_file_is_reported_where_it_closes()
    {
        _temp.Write("zones/a.inc", "a IN A 192.0.2.1\n$INCLUDE b.inc\n");
        _temp.Write("zones/b.inc", "b IN A 192.0.2.2\n$INCLUDE a.inc\n");
        var result = ZoneChecker.CheckFile(_temp.Write("zones/test.zone", Zones.Apex + "$INCLUDE a.inc\n"), Options());

        var cycle = Assert.Single(result.Diagnostics);
        Assert.Equal(("ZL1004", Path.Combine(_zones, "b.inc"), 2, 10), (cycle.Id, cycle.Span.File, cycle.Span.StartLine, cycle.Span.StartColumn));
        Assert.Equal(5, result.Zone.Records.Count);
    }

    [Fact]
    public void Same_file_included_twice_in_sequence_is_no_cycle()
    {
        _temp.Write("zones/hosts.inc", "$ORIGIN sub\nhost IN A 192.0.2.1\n");
        OnDisk().Verify(Zones.Apex + """
            $INCLUDE hosts.inc eu.example.com.
            $INCLUDE hosts.inc us.example.com.
            """);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit()
    {
        for (int i = 1; i <= 4; i++) _temp.Write($"zones/n{i}.inc", $"n{i} IN A 192.0.2.{i}\n$INCLUDE n{i + 1}.inc\n");
        _temp.Write("zones/n5.inc", "n5 IN A 192.0.2.5\n");
        var options = Options();
        options.Parse.MaxIncludeDepth = 3;

        var result = ZoneChecker.CheckFile(_temp.Write("zones/test.zone", Zones.Apex + "$INCLUDE n1.inc\n"), options);

        var deep = Assert.Single(result.Diagnostics);
        Assert.Equal(("ZL1004", Path.Combine(_zones, "n3.inc")), (deep.Id, deep.Span.File));
        Assert.Contains("nested deeper than 3", deep.Message);
    }

    [Fact]
    public void Dot_dot_path_leading_outside_the_root()
    {
        _temp.Write("secret.inc", "www IN A 192.0.2.1\n");
        OnDisk().VerifyMessage(Zones.Apex + "$INCLUDE {|ZL1004:../secret.inc|}\n", "ZL1004", "outside the include root");
    }

    [Fact]
    public void Absolute_path_outside_the_root()
    {
        string outside = _temp.Write("secret.inc", "www IN A 192.0.2.1\n");
        OnDisk().Verify(Zones.Apex + "$INCLUDE {|ZL1004:" + outside + "|}\n");
    }

    [Fact]
    public void Root_folder_name_as_a_prefix_is_still_outside()
    {
        // zones-evil/ starts with the same characters as zones/ but is not inside it.
        _temp.Write("zones-evil/x.inc", "www IN A 192.0.2.1\n");
        OnDisk().Verify(Zones.Apex + "$INCLUDE {|ZL1004:../zones-evil/x.inc|}\n");
    }

    [Fact]
    public void Configured_root_allows_a_path_outside_the_zone_folder()
    {
        _temp.Write("shared/hosts.inc", "www IN A 192.0.2.1\n");
        OnDisk(o => o.Parse.IncludeRoot = _temp.Path).Verify(Zones.Apex + "$INCLUDE ../shared/hosts.inc\n");
    }

    [Fact]
    public void Symbolic_link_leading_outside_the_root()
    {
        string target = _temp.Write("secret.inc", "www IN A 192.0.2.1\n");
        File.CreateSymbolicLink(Path.Combine(_zones, "link.inc"), target);
        OnDisk().Verify(Zones.Apex + "$INCLUDE {|ZL1004:link.inc|}\n");
    }

    [Fact]
    public void Unreadable_top_file_is_reported_at_its_start()
    {
        string path = Path.Combine(_zones, "absent.zone");
        var diagnostic = Assert.Single(ZoneChecker.CheckFile(path, Options()).Diagnostics);
        Assert.Equal(("ZL1004", path, 0, 0), (diagnostic.Id, diagnostic.Span.File, diagnostic.Span.Start, diagnostic.Span.End));
    }

    [Fact]
    public void Errors_in_an_included_file_name_that_file()
    {
        _temp.Write("zones/bad.inc", "www IN A 192.0.2.300\n");
        var result = ZoneChecker.CheckFile(_temp.Write("zones/test.zone", Zones.Apex + "$INCLUDE bad.inc\n"), Options());

        var bad = Assert.Single(result.Diagnostics);
        Assert.Equal(("ZL1001", Path.Combine(_zones, "bad.inc"), 1, 10, 1, 21),
            (bad.Id, bad.Span.File, bad.Span.StartLine, bad.Span.StartColumn, bad.Span.EndLine, bad.Span.EndColumn));
    }
}
