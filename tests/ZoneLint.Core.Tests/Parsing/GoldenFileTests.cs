using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Parsing;

/// <summary>
/// TestData/parser/NN-name.zone loads as NN-name.expected says (see <see cref="ZoneDump"/>). Set ZONELINT_UPDATE_GOLDEN=1
/// to rewrite the .expected files in the source tree from what the parser does now; review the diff before committing.
/// </summary>
public sealed class GoldenFileTests
{
    private const string UpdateVariable = "ZONELINT_UPDATE_GOLDEN";

    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "parser");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(OutputFolder, "*.zone").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    [Fact]
    public void There_are_golden_files()
    {
        Assert.True(Cases().Count() >= 8, $"expected at least 8 golden zone files in {OutputFolder}");
        var orphans = Directory.GetFiles(OutputFolder, "*.expected").Where(e => !File.Exists(Path.ChangeExtension(e, ".zone")));
        Assert.Empty(orphans.Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Zone_loads_as_expected(string name)
    {
        string actual = Dump(Path.Combine(OutputFolder, name), PhysicalFileSystem.Instance);
        string expectedName = Path.ChangeExtension(name, ".expected");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), expectedName), actual);
            return;
        }
        string expectedPath = Path.Combine(OutputFolder, expectedName);
        Assert.True(File.Exists(expectedPath), $"{expectedName} is missing; run the tests with {UpdateVariable}=1 to write it");
        Assert.Equal(Normalize(File.ReadAllText(expectedPath)), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Zone_with_CRLF_line_endings_loads_the_same(string name)
    {
        string path = Path.Combine(OutputFolder, name);
        Assert.Equal(Dump(path, PhysicalFileSystem.Instance), Dump(path, new CrlfFileSystem()));
    }

    private static string Dump(string path, IZoneFileSystem files)
    {
        var options = new ParseOptions { Origin = DomainName.Parse("example.com."), FileSystem = files };
        return ZoneDump.Format(ZoneParser.ParseFile(path, options));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>TestData/parser in the source tree: beside ZoneLint.sln, found by walking up from the test binaries.</summary>
    private static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ZoneLint.sln")))
                return Path.Combine(folder.FullName, "tests", "ZoneLint.Core.Tests", "TestData", "parser");
        }
        throw new InvalidOperationException($"ZoneLint.sln not found above {AppContext.BaseDirectory}; cannot update the golden files");
    }

    /// <summary>The disk, with every LF read as CRLF.</summary>
    private sealed class CrlfFileSystem : IZoneFileSystem
    {
        public string? TryReadText(string path, out string text)
        {
            string? error = PhysicalFileSystem.Instance.TryReadText(path, out text);
            text = Normalize(text).Replace("\n", "\r\n");
            return error;
        }

        public string GetFullPath(string path) => PhysicalFileSystem.Instance.GetFullPath(path);
    }
}
