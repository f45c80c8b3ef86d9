using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.Core.Tests.Docs;

/// <summary>
/// The rule pages and the README table are generated from the catalogue. These tests fail when they drift;
/// `ZONELINT_UPDATE_GOLDEN=1 dotnet test` rewrites them.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("ZONELINT_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePageMatchesCatalogue(string id)
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        string expected = RuleDocumentation.RenderPage(RuleCatalog.Get(id));
        if (Update) File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with ZONELINT_UPDATE_GOLDEN=1 to generate it");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void NoPageWithoutARule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "rules"), "ZL*.md")
            .Select(p => Path.GetFileNameWithoutExtension(p)!);
        Assert.All(pages, id => Assert.True(RuleCatalog.TryGet(id, out _), $"docs/rules/{id}.md has no rule in the catalogue"));
    }

    [Fact]
    public void ReadmeTableMatchesCatalogue()
    {
        string path = Path.Combine(RepositoryRoot(), "README.md");
        string readme = File.ReadAllText(path);
        int start = readme.IndexOf(RuleDocumentation.TableStart, StringComparison.Ordinal);
        int end = readme.IndexOf(RuleDocumentation.TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no generated rule table markers");
        string current = readme.Substring(start, end + RuleDocumentation.TableEnd.Length - start);
        string expected = RuleDocumentation.RenderTable();
        if (Update && current != expected) File.WriteAllText(path, readme.Replace(current, expected));
        else Assert.Equal(expected, current);
    }

    [Fact]
    public void EveryIdIsUniqueInItsRangeAndHasAHelpLink()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches(new Regex("^ZL[1-49][0-9]{3}$"), rule.Id);
            var expectedCategory = rule.Id[2] switch
            {
                '1' => RuleCategory.Syntax,
                '2' => RuleCategory.Zone,
                '3' => RuleCategory.Spf,
                '4' => RuleCategory.MailAuthentication,
                _ => RuleCategory.Tool,
            };
            Assert.Equal(expectedCategory, rule.Category);
            Assert.EndsWith("/docs/rules/" + rule.Id + ".md", rule.HelpUri);
            Assert.False(string.IsNullOrWhiteSpace(rule.Cause + rule.WhyItMatters + rule.HowToFix));
        }
    }

    [Fact]
    public void RuleIdConstantsAreAllInTheCatalogue()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!);
        Assert.All(constants, id => Assert.True(RuleCatalog.TryGet(id, out _), $"{id} has no descriptor"));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZoneLint.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ZoneLint.sln not found above " + AppContext.BaseDirectory);
    }
}
