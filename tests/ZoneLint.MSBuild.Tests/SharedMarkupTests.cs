using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.MSBuild.Tests;

/// <summary>
/// Snippets from Core's rule tests, run through the MSBuild task with the same markup harness (the analyzer's tests
/// run the same ones): the task must log the same IDs at the same spans, and nothing else.
/// </summary>
public sealed class SharedMarkupTests
{
    private static readonly RuleVerifier Task = RuleVerifier.FromLineColumns("MSBuild task", RunTask);

    public static TheoryData<string> Snippets() => new()
    {
        Zones.Apex + "{|ZL2001:www.example.com|}  IN A 192.0.2.1\n",
        Zones.Apex + "www  IN A 192.0.2.1\n",
        Zones.Apex + "@  IN TXT \"v=spf1\" {|ZL3002:ip4:192.0.2.1|} \" -all\"\n",
        Zones.Apex + "@  IN TXT ( {|ZL3002:v=spf1 ip4:192.0.2.1\n            -all|} )\n",
        Zones.Apex + "www  300 IN A 192.0.2.1\nwww  {|ZL2005:600|} IN A 192.0.2.2\n",
        Zones.Apex + "www  IN A {|ZL1001:192.0.2.300|}\n",
        Zones.Apex + "@    IN TXT \"v=spf1 {|ZL3008:include:www.example.com|} ~all\"\nwww  IN TXT \"google-site-verification=abc\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n",
        Zones.Apex + "_dmarc IN TXT \"v=DMARC1; p={|ZL4001:bogus|}\"\n",
        Zones.Apex + "@  IN {|ZL4005:MX|} 10 ns1\n@  IN TXT \"v=spf1 mx -all\"\n",
        Zones.Apex + "s1._domainkey IN TXT ( \"v=DKIM1; k=ed25519; p=YavG/rlvFRfEOd1TR4SX{|ZL4014: |}\"\n    \"sgLia20Gex27ChS+Xp5jszY=\" )\n",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Task_logs_what_the_markup_states(string markup)
    {
        RuleVerifier.Core().Verify(markup);
        Task.Verify(markup);
    }

    /// <summary>Writes the zone into a project folder of its own, runs the task, and reads back what it logged.</summary>
    private static IReadOnlyList<(string Id, int StartLine, int StartColumn, int EndLine, int EndColumn)> RunTask(string text)
    {
        string project = Path.Combine(Path.GetTempPath(), "zonelint-markup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(project, ".git")); // the configuration search stops here
        try
        {
            File.WriteAllText(Path.Combine(project, "example.com.zone"), text);
            var engine = new FakeBuildEngine();
            new ZoneLintTask
            {
                BuildEngine = engine,
                ZoneFiles = new ITaskItem[] { new TaskItem("example.com.zone") },
                ProjectDirectory = project,
            }.Execute();
            return engine.Errors.Select(e => (e.Code, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber))
                .Concat(engine.Warnings.Select(w => (w.Code, w.LineNumber, w.ColumnNumber, w.EndLineNumber, w.EndColumnNumber)))
                .ToList();
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
