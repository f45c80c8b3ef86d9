using System.Collections.Generic;
using ZoneLint.Core.Dns;

namespace ZoneLint.Cli;

/// <summary>What the commands ask after the zones of the run: the lock file, then (online) live DNS.</summary>
internal static class SpfResolvers
{
    public static IReadOnlyList<ISpfResolver> After(string? lockPath, bool online) =>
        After(lockPath == null ? null : SpfLockCommand.ReadLock(lockPath), online);

    public static IReadOnlyList<ISpfResolver> After(LockFile? lockFile, bool online)
    {
        var more = new List<ISpfResolver>();
        if (lockFile != null) more.Add(new LockFileResolver(lockFile));
        if (online) more.Add(SpfLockCommand.CreateOnlineResolver());
        return more;
    }
}
