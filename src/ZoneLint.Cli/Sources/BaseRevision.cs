using System.Collections.Generic;
using System.IO;
using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules.Review;

namespace ZoneLint.Cli.Sources;

/// <summary>
/// `zonelint check --base REV`: each zone of the run as it was at REV, read from git (content, $INCLUDEs) with the
/// same options, handed to the rules that review a change. A zone that did not exist at REV has nothing to compare.
/// </summary>
internal static class BaseRevision
{
    public static void Attach(string revision, IReadOnlyList<string> files, IReadOnlyList<CheckOptions> options, IReadOnlyList<ISpfResolver> more)
    {
        using var tree = GitIndex.OpenTree(Directory.GetCurrentDirectory(), revision);
        var fileSystem = new GitIndexFileSystem(tree);
        var zones = new ZoneParseResult?[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            if (tree.ToIndexPath(files[i]) is not { } path || !tree.TryGetEntry(path, out var entry) || GitIndexFileSystem.Refusal(entry) != null)
                continue;
            // What the base revision got wrong is not this change's business: only its records are compared.
            zones[i] = ZoneParser.ParseFile(files[i], options[i].Parse.WithFileSystem(fileSystem));
        }

        var resolver = new ChainResolver(new ISpfResolver[] { new ZoneResolver(zones.OfType<ZoneParseResult>().ToArray()) }.Concat(more).ToArray());
        for (int i = 0; i < files.Count; i++)
        {
            if (zones[i] is { } zone) options[i].Rules.Base = new ZoneBase(revision, zone, resolver);
        }
    }
}
