using System;
using System.Diagnostics;
using System.Threading;

namespace ZoneLint.Core.Parsing;

/// <summary>
/// The time left for one zone, parse and rules together. Callers ask at entry and rule boundaries; a clock read is a
/// few nanoseconds, and the parser asks only every so many entries. The caller's cancellation throws as usual.
/// </summary>
internal sealed class TimeBudget
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _limit;
    private readonly CancellationToken _cancellation;
    private int _reported;

    public TimeBudget(TimeSpan limit, CancellationToken cancellation)
    {
        _limit = limit;
        _cancellation = cancellation;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool IsSpent
    {
        get
        {
            _cancellation.ThrowIfCancellationRequested();
            return _clock.Elapsed >= _limit;
        }
    }

    /// <summary>True the first time only, so that threads running rules side by side report the limit once.</summary>
    public bool TryClaimReport() => Interlocked.Exchange(ref _reported, 1) == 0;

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
