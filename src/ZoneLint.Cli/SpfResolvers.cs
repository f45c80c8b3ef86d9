using System.Collections.Generic;
using ZoneLint.Core.Dns;

namespace ZoneLint.Cli;

/// <summary>What the commands ask after the zones of the run: the lock file, then (online) live DNS.</summary>
internal static class SpfResolvers
{
    public static IReadOnlyList<ISpfResolver> After(string? lockPath, bool online)
    {
        var more = new List<ISpfResolver>();
        if (lockPath != null) more.Add(new LockFileResolver(SpfLockCommand.ReadLock(lockPath)));
        if (online) more.Add(SpfLockCommand.CreateOnlineResolver());
        return more;
    }
}
