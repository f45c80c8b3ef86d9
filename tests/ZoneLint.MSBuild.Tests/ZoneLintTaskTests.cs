using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ZoneLint.MSBuild.Tests;

public sealed class ZoneLintTaskTests : IDisposable
{
    private const string Head = "$TTL 3600\n@ IN SOA ns1.example.com. hostmaster.example.com. ( 1 3h 1h 2w 5m )\n  IN NS ns1.example.com.\n";
    private const string Tail = "ns1 IN A 192.0.2.1\n_dmarc IN TXT \"v=DMARC1; p=none\"\n";

    private readonly string _project = Path.Combine(Path.GetTempPath(), "zonelint-task-" + Guid.NewGuid().ToString("N"));
    private readonly FakeBuildEngine _engine = new();

    public ZoneLintTaskTests()
    {
        Directory.CreateDirectory(Path.Combine(_project, "zones"));
        // Stops the configuration search here, as the repository root would.
        Directory.CreateDirectory(Path.Combine(_project, ".git"));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void Unquoted_spf_is_ZL3002_at_its_exact_position_relative_to_the_project()
    {
        Write("zones/example.com.zone", Head + "  IN TXT v=spf1 a mx ~all\n" + Tail);

        bool passed = Run(Task("zones/example.com.zone"));

        Assert.False(passed);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("ZL3002", error.Code);
        Assert.Equal("ZL3002", error.HelpKeyword);
        Assert.Equal("https://github.com/zonelint/zonelint/blob/main/docs/rules/ZL3002.md", error.HelpLink);
        Assert.Equal(Path.Combine("zones", "example.com.zone"), error.File);
        Assert.Equal((4, 10, 4, 26), (error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.StartsWith("the TXT data is not in double quotes", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Subcategory);
    }

    [Fact]
    public void A_good_zone_passes_and_reports_the_files_it_read()
    {
        Write("zones/example.com.zone", Head + "  IN TXT \"v=spf1 a mx ~all\"\n" + Tail);

        var task = Task("zones/example.com.zone");
        Assert.True(Run(task));

        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Equal(new[] { Full("zones/example.com.zone") }, task.ReadFiles.Select(i => i.ItemSpec));
    }

    [Fact]
    public void GenerateFullPaths_prints_the_full_path()
    {
        Write("zones/example.com.zone", Head + "  IN TXT v=spf1 a mx ~all\n" + Tail);
        var task = Task("zones/example.com.zone");
        task.GenerateFullPaths = true;

        Run(task);

        Assert.Equal(Full("zones/example.com.zone"), Assert.Single(_engine.Errors).File);
    }

    [Fact]
    public void NoWarn_silences_a_warning_rule_but_never_an_error()
    {
        WriteMixedTtlAndUnquoted();
        var task = Task("zones/example.com.zone");
        task.NoWarn = "1701;1702;ZL2005;ZL3002";

        Assert.False(Run(task));

        Assert.Empty(_engine.Warnings);
        Assert.Equal("ZL3002", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void Warnings_are_warnings_by_default()
    {
        WriteMixedTtl();

        Assert.True(Run(Task("zones/example.com.zone")));

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("ZL2005", warning.Code);
        Assert.Equal((4, 3), (warning.LineNumber, warning.ColumnNumber));
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_a_warning_an_error_unless_in_WarningsNotAsErrors()
    {
        WriteMixedTtl();
        var task = Task("zones/example.com.zone");
        task.TreatWarningsAsErrors = true;

        Assert.False(Run(task));
        Assert.Equal("ZL2005", Assert.Single(_engine.Errors).Code);

        var engine = new FakeBuildEngine();
        var kept = Task("zones/example.com.zone", engine);
        kept.TreatWarningsAsErrors = true;
        kept.WarningsNotAsErrors = "ZL2005";
        Assert.True(kept.Execute());
        Assert.Equal("ZL2005", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void WarningsAsErrors_names_the_rules_it_promotes()
    {
        WriteMixedTtl();
        var task = Task("zones/example.com.zone");
        task.WarningsAsErrors = "NU1605;zl2005";

        Assert.False(Run(task));

        Assert.Equal("ZL2005", Assert.Single(_engine.Errors).Code);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void An_invalid_configuration_is_ZL9001_at_its_position()
    {
        Write("zonelint.json", "{\n  \"rules\": {\n    \"ZL2099\": \"none\"\n  }\n}\n");
        Write("zones/example.com.zone", Head + "  IN TXT \"v=spf1 a mx ~all\"\n" + Tail);

        var task = Task("zones/example.com.zone");
        Assert.False(Run(task));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("ZL9001", error.Code);
        Assert.Equal("zonelint.json", error.File);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains(Full("zonelint.json"), task.ReadFiles.Select(i => i.ItemSpec));
    }

    [Fact]
    public void The_configuration_found_above_the_zone_sets_severities()
    {
        Write("zonelint.json", "{ \"rules\": { \"ZL3002\": \"warning\" } }\n");
        Write("zones/example.com.zone", Head + "  IN TXT v=spf1 a mx ~all\n" + Tail);

        Assert.True(Run(Task("zones/example.com.zone")));

        Assert.Equal("ZL3002", Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void ZoneLintConfigFile_names_the_configuration()
    {
        Write("config/lint.json", "{ \"rules\": { \"ZL3002\": \"none\" } }\n");
        Write("zones/example.com.zone", Head + "  IN TXT v=spf1 a mx ~all\n" + Tail);
        var task = Task("zones/example.com.zone");
        task.ConfigFile = "config/lint.json";

        Assert.True(Run(task));

        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void The_zones_of_one_build_are_one_view_of_DNS_and_an_external_include_is_noted_once()
    {
        // example.com includes _spf.example.net, which only the other zone of the build defines.
        Write("zones/example.com.zone", Head + "  IN TXT \"v=spf1 include:_spf.example.net include:_spf.google.com ~all\"\n" + Tail);
        Write("zones/example.net.zone", Head.Replace("example.com", "example.net") + "  IN TXT \"v=spf1 include:_spf.google.com ~all\"\n_spf IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n" + Tail);

        Assert.True(Run(Task("zones/example.com.zone", "zones/example.net.zone")));

        Assert.Empty(_engine.Errors);
        var notes = _engine.Messages.Where(m => m.Code == "ZL3020").ToList();
        var note = Assert.Single(notes);
        Assert.Equal(MessageImportance.Low, note.Importance);
        Assert.Contains("_spf.google.com", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_in_a_message_are_printed_as_they_are()
    {
        Write("zonelint.json", "[]\n");
        Write("zones/example.com.zone", Head + Tail);

        Run(Task("zones/example.com.zone"));

        Assert.Contains("({ ... })", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    private ZoneLintTask Task(params string[] zones) => Task(zones, _engine);

    private ZoneLintTask Task(string zone, FakeBuildEngine engine) => Task(new[] { zone }, engine);

    private ZoneLintTask Task(string[] zones, FakeBuildEngine engine) => new()
    {
        BuildEngine = engine,
        ZoneFiles = zones.Select(z => (ITaskItem)new TaskItem(z)).ToArray(),
        ProjectDirectory = _project,
    };

    private static bool Run(ZoneLintTask task) => task.Execute();

    private void WriteMixedTtl() =>
        Write("zones/example.com.zone", Head + "  86400 IN NS ns2.example.com.\n  IN TXT \"v=spf1 -all\"\n" + Tail + "ns2 IN A 192.0.2.2\n");

    private void WriteMixedTtlAndUnquoted() =>
        Write("zones/example.com.zone", Head + "  86400 IN NS ns2.example.com.\n  IN TXT v=spf1 a mx ~all\n" + Tail + "ns2 IN A 192.0.2.2\n");

    private void Write(string relative, string text)
    {
        string path = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Full(string relative) => Path.GetFullPath(Path.Combine(_project, relative));
}
