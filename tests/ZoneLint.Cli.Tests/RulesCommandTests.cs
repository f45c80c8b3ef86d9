using System.Linq;
using System.Text.Json;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void TextListsEveryRuleWithSeverityAndHelpLink()
    {
        using var cli = new CliRunner();
        var (code, stdout, _) = cli.Run("rules");

        Assert.Equal(0, code);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("ZL2001  error") && l.EndsWith("docs/rules/ZL2001.md"));
    }

    [Fact]
    public void JsonListsEveryRule()
    {
        using var cli = new CliRunner();
        var (code, stdout, _) = cli.Run("rules", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var ids = json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), ids);
    }

    [Fact]
    public void UnknownCommandExitsTwo()
    {
        using var cli = new CliRunner();
        var (code, _, stderr) = cli.Run("lint");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'lint'", stderr);
    }
}
