using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Text;
using ParseOptions = ZoneLint.Core.Parsing.ParseOptions;

namespace ZoneLint.Analyzers;

/// <summary>
/// Lints the zone files among a project's AdditionalFiles (`*.zone`, `db.*`, `*.db`) with the same Core pipeline as the
/// CLI and the MSBuild task. One compilation action sees every zone at once, because together they are one view of
/// DNS for the SPF rules (an include: of a sibling zone is followed, as `zonelint check` over the folder would).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ZoneFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild property (made visible with CompilerVisibleProperty) that names the configuration to use.</summary>
    public const string ConfigFileProperty = "build_property.ZoneLintConfigFile";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RoslynDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(AnalyzeCompilation);
    }

    private static void AnalyzeCompilation(CompilationAnalysisContext context)
    {
        var files = context.Options.AdditionalFiles;
        var zoneFiles = files.Where(f => ZoneFileNames.IsZoneFileName(f.Path)).ToList();
        if (zoneFiles.Count == 0) return;

        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ConfigFileProperty, out string? configFile);
        foreach (var diagnostic in Check(files, zoneFiles, configFile, context.CancellationToken))
            context.ReportDiagnostic(ToRoslyn(diagnostic));
    }

    /// <summary>The whole run as the CLI does it: options per zone, every zone parsed, one resolver over all of them, then the rules.</summary>
    internal static IReadOnlyList<ZoneDiagnostic> Check(
        IReadOnlyList<AdditionalText> files, IReadOnlyList<AdditionalText> zoneFiles, string? configFile, CancellationToken cancellation)
    {
        var fileSystem = new AdditionalFileSystem(files, cancellation);
        var configurations = new ProjectConfigurations(files, configFile, cancellation);
        var options = zoneFiles.Select(f => ZoneRun.OptionsFor(f.Path, configurations.For(f.Path), fileSystem: fileSystem)).ToArray();

        var zones = ZoneRun.Parse(zoneFiles.Select(f => f.Path).ToList(), options, parallel: false, cancellation);
        var lockDiagnostics = new List<ZoneDiagnostic>();
        var locks = LockFiles(files, configurations, fileSystem, lockDiagnostics).ToList(); // no DNS: a build must not depend on the network
        var found = ZoneRun.Check(zones, options, locks, parallel: false, cancellation);
        return configurations.Used.SelectMany(c => c.Diagnostics).Concat(lockDiagnostics).Concat(found).ToList();
    }

    /// <summary>
    /// The lock files the used configurations name, when they are AdditionalFiles too (or zonelint.lock.json with no
    /// configuration). An invalid lock is a ZL9001 at the bad value and is not used.
    /// </summary>
    private static IEnumerable<ISpfResolver> LockFiles(
        IReadOnlyList<AdditionalText> files, ProjectConfigurations configurations, AdditionalFileSystem fileSystem, List<ZoneDiagnostic> diagnostics)
    {
        var wanted = new HashSet<string>(
            configurations.Used.Select(c => c.Configuration.Spf.LockFilePath).OfType<string>().Select(AdditionalFileSystem.Normalize),
            AdditionalFileSystem.PathComparer);
        bool byName = !configurations.Used.Any();
        foreach (var file in files)
        {
            string path = AdditionalFileSystem.Normalize(file.Path);
            bool isLock = wanted.Contains(path)
                || (byName && string.Equals(System.IO.Path.GetFileName(path), SpfSettings.DefaultLockFile, StringComparison.OrdinalIgnoreCase));
            if (!isLock || fileSystem.TryReadText(file.Path, out string text) != null) continue;
            var result = LockFileReader.Read(file.Path, text);
            if (result.IsValid)
            {
                yield return new LockFileResolver(result.LockFile!);
                continue;
            }
            foreach (var error in result.Errors)
            {
                diagnostics.Add(new ZoneDiagnostic(RuleCatalog.InvalidConfiguration, RuleCatalog.InvalidConfiguration.DefaultSeverity, error.Span,
                    $"invalid lock file: {error.Message}; write it again with `zonelint spf lock`"));
            }
        }
    }

    /// <summary>Core's spans are 1-based with an exclusive end column; Roslyn's line positions are 0-based, end exclusive too.</summary>
    internal static Location ToLocation(SourceSpan span) => Location.Create(
        span.File,
        TextSpan.FromBounds(span.Start, Math.Max(span.Start, span.End)),
        new LinePositionSpan(
            new LinePosition(span.StartLine - 1, span.StartColumn - 1),
            new LinePosition(span.EndLine - 1, span.EndColumn - 1)));

    /// <summary>
    /// Reported at the severity zonelint.json gives; the compiler then applies .globalconfig, NoWarn and
    /// TreatWarningsAsErrors on top, as for any analyzer.
    /// </summary>
    internal static Diagnostic ToRoslyn(ZoneDiagnostic diagnostic)
    {
        var descriptor = RoslynDescriptors.For(diagnostic.Descriptor);
        var severity = RoslynDescriptors.ToRoslyn(diagnostic.Severity);
        var location = ToLocation(diagnostic.Span);
        if (descriptor.IsEnabledByDefault) return Diagnostic.Create(descriptor, location, severity, null, null, diagnostic.Message);

        // A rule that is off by default but switched on in zonelint.json: the compiler drops a diagnostic whose
        // descriptor is disabled by default, so this one says it is enabled.
        return Diagnostic.Create(
            descriptor.Id, descriptor.Category, diagnostic.Message, severity, descriptor.DefaultSeverity,
            isEnabledByDefault: true, warningLevel: severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title, description: descriptor.Description, helpLink: descriptor.HelpLinkUri, location: location);
    }
}
