using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Checking;

/// <summary>
/// One lint run over several zone files, as every front end does it (CLI, MSBuild task, analyzer): options from the
/// configuration, every zone parsed first so that together they are one view of DNS for the SPF rules, then the rules.
/// </summary>
public static class ZoneRun
{
    /// <summary>
    /// The options for one file. The origin is <paramref name="originOption"/>, else `origins` in the configuration,
    /// else the file name; only the last is a guess, which a leading $ORIGIN may then correct.
    /// </summary>
    public static CheckOptions OptionsFor(
        string file, ZoneLintConfiguration configuration, DomainName? originOption = null, IZoneFileSystem? fileSystem = null)
    {
        var origin = originOption ?? configuration.OriginFor(file);
        bool guessed = origin == null;
        origin ??= ZoneFileNames.OriginFromFileName(file) ?? DomainName.Root;
        var parse = new ParseOptions { Origin = origin, OriginIsGuess = guessed, IncludeRoot = configuration.IncludeRoot };
        if (fileSystem != null) parse.FileSystem = fileSystem;
        return new CheckOptions
        {
            Parse = parse,
            Rules = new RuleSettings
            {
                MinimumTtl = configuration.MinimumTtl,
                SpfLookupWarningThreshold = configuration.Spf.LookupWarningThreshold,
                SpfSenders = configuration.Spf.Senders,
            },
            Severity = configuration.EffectiveSeverity,
        };
    }

    /// <summary>Parses every file (in parallel when asked; the order of the result is the order of the files).</summary>
    public static ZoneParseResult[] Parse(IReadOnlyList<string> files, IReadOnlyList<CheckOptions> options, bool parallel, CancellationToken cancellation = default)
    {
        var zones = new ZoneParseResult[files.Count];
        void ParseOne(int i)
        {
            cancellation.ThrowIfCancellationRequested();
            zones[i] = ZoneParser.ParseFile(files[i], options[i].Parse);
        }
        // One file is parsed on this thread: starting the thread pool costs more than a small zone's parse.
        if (parallel && files.Count > 1) Parallel.For(0, files.Count, ParseOne);
        else for (int i = 0; i < files.Count; i++) ParseOne(i);
        return zones;
    }

    /// <summary>
    /// Runs the rules over parsed zones with one view of DNS: the zones themselves, then <paramref name="more"/> (lock
    /// files, live DNS). Findings come in file order; a finding about the run rather than one zone is kept once.
    /// </summary>
    public static IReadOnlyList<ZoneDiagnostic> Check(
        IReadOnlyList<ZoneParseResult> zones, IReadOnlyList<CheckOptions> options, IEnumerable<ISpfResolver> more,
        bool parallel, CancellationToken cancellation = default)
    {
        var resolver = new ChainResolver(new ISpfResolver[] { new ZoneResolver(zones) }.Concat(more).ToArray());
        var results = new IReadOnlyList<ZoneDiagnostic>[zones.Count];
        void CheckOne(int i)
        {
            cancellation.ThrowIfCancellationRequested();
            options[i].Rules.SpfResolver = resolver;
            results[i] = ZoneChecker.Check(zones[i], options[i]).Diagnostics;
        }
        if (parallel && zones.Count > 1) Parallel.For(0, zones.Count, CheckOne);
        else for (int i = 0; i < zones.Count; i++) CheckOne(i);
        return OncePerRun(results.SelectMany(r => r)).ToList();
    }

    /// <summary>
    /// ZL3020 (an external include not followed) is about the run: its first report, in file order, stands for all. A
    /// file that is both a zone and included by another is reported once, not once per zone that reads it.
    /// </summary>
    private static IEnumerable<ZoneDiagnostic> OncePerRun(IEnumerable<ZoneDiagnostic> diagnostics)
    {
        var externalIncludes = new HashSet<string>(System.StringComparer.Ordinal);
        var seen = new HashSet<(string Id, SourceSpan Span, string Message)>();
        return diagnostics.Where(d =>
            (d.Id != RuleIds.SpfExternalIncludeNotFollowed || externalIncludes.Add(d.Message)) && seen.Add((d.Id, d.Span, d.Message)));
    }
}
