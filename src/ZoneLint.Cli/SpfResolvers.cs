using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Dns;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Cli;

/// <summary>Where the commands look up SPF data: the zones of the run, then the lock files, then (online) DNS.</summary>
internal static class SpfResolvers
{
    public static ISpfResolver ForCheck(IReadOnlyList<ZoneParseResult> zones, IEnumerable<string> lockFiles, bool online)
    {
        var chain = new List<ISpfResolver> { new ZoneResolver(zones) };
        chain.AddRange(lockFiles.Select(path => new LockFileResolver(SpfLockCommand.ReadLock(path))));
        if (online) chain.Add(SpfLockCommand.CreateOnlineResolver());
        return new ChainResolver(chain.ToArray());
    }
}
