using System;

namespace ZoneLint.Core.Parsing;

/// <summary>
/// The defaults of the size and time limits in <see cref="ParseOptions"/>. Each is far above what a real zone needs: a
/// hosting provider's zone of 5,000,000 records (about 250 MB) passes them all, while a crafted file of a few lines can
/// no longer make the work or the memory grow without end. docs/security.md lists them.
/// </summary>
public static class ParseLimits
{
    /// <summary>Twice the largest zone the project is measured on (5,000,000 records).</summary>
    public const int MaxRecords = 10_000_000;

    /// <summary>
    /// 16 full $GENERATE ranges (1,048,576 records, an IPv4 /12 with one record per address): more than the forward zone
    /// of an ISP's address pools, where ten /16 ranges are plausible. Without it, 43 bytes per line make 65,536 records.
    /// </summary>
    public const int MaxGeneratedRecords = 1 << 20;

    /// <summary>512 MiB: twice the 250 MB zone. A .NET string holds at most about 2^30 characters, so far larger files could not be read at all.</summary>
    public const long MaxFileBytes = 512L << 20;

    /// <summary>1 GiB for the top file and everything it includes.</summary>
    public const long MaxZoneBytes = 1L << 30;

    /// <summary>
    /// Thirty minutes of wall time: the 5,000,000-record zone takes about 80 s on a quiet 2-core machine
    /// (docs/performance.md), and a CI runner shared with other jobs may be many times slower.
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(30);
}
