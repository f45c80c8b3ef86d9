using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>An AdditionalFile held in a string, as an IDE buffer would be.</summary>
internal sealed class StringAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global analyzer options (build_property.* from CompilerVisibleProperty), as the compiler hands them over.</summary>
internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>A .globalconfig as csc hands it to a compilation: severities for diagnostics outside source trees.</summary>
internal sealed class GlobalConfigTreeOptions(AnalyzerConfigOptionsResult globalConfig) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        foreach (var entry in globalConfig.TreeOptions)
        {
            if (!string.Equals(entry.Key, diagnosticId, System.StringComparison.OrdinalIgnoreCase)) continue;
            severity = entry.Value;
            return true;
        }
        severity = ReportDiagnostic.Default;
        return false;
    }
}

/// <summary>Runs <see cref="ZoneFileAnalyzer"/> the way the compiler does: a tiny C# compilation with AdditionalFiles.</summary>
internal static class AnalyzerHarness
{
    /// <summary>Where test projects live; absolute, so paths look like the ones a build passes.</summary>
    public const string ProjectFolder = "/repo/app";

    public static string PathOf(string relative) => ProjectFolder + "/" + relative;

    public static ImmutableArray<Diagnostic> Run(
        IEnumerable<(string Path, string Text)> files,
        IDictionary<string, ReportDiagnostic>? specificOptions = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        ReportDiagnostic generalOption = ReportDiagnostic.Default,
        AnalyzerConfigOptionsResult? globalConfig = null)
    {
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithGeneralDiagnosticOption(generalOption);
        if (globalConfig != null) compilationOptions = compilationOptions.WithSyntaxTreeOptionsProvider(new GlobalConfigTreeOptions(globalConfig.Value));
        if (specificOptions != null) compilationOptions = compilationOptions.WithSpecificDiagnosticOptions(specificOptions);
        var compilation = CSharpCompilation.Create(
            "ZonesOnly",
            new[] { CSharpSyntaxTree.ParseText("internal static class Empty { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            compilationOptions);

        var additional = files.Select(f => (AdditionalText)new StringAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = globalOptions == null
            ? new AnalyzerOptions(additional)
            : new AnalyzerOptions(additional, new GlobalOptionsProvider(globalOptions));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ZoneFileAnalyzer()), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    public static ImmutableArray<Diagnostic> Run(string path, string text) => Run(new[] { (path, text) });

    /// <summary>
    /// The analyzer as a surface of the shared markup harness: the snippet is the project's only zone,
    /// `example.com.zone` (so its origin is example.com., as in Core's harness).
    /// </summary>
    public static RuleVerifier Verifier { get; } = new("Roslyn analyzer", text =>
    {
        string path = PathOf("zones/example.com.zone");
        return Run(path, text)
            .Select(d =>
            {
                Assert.Equal(path, d.Location.GetLineSpan().Path);
                return new ReportedDiagnostic(d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End, d.GetMessage());
            })
            .ToList();
    });
}
