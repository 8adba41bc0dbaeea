namespace Maiev.Samples.Workload;

/// <summary>
/// Spaces units of work <c>1 / rate</c> seconds apart on a <see cref="TimeProvider"/>, so one
/// consumer handles at most <c>rate</c> messages per second however fast the broker delivers.
/// Slots do not accumulate while idle: after a pause the next message waits one interval, not zero.
/// </summary>
internal sealed class WorkPacer
{
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private long _next;

    /// <summary>Creates a pacer for <paramref name="rate"/> units per second.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not above 0.</exception>
    public WorkPacer(double rate, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentNullException.ThrowIfNull(time);
        _interval = TimeSpan.FromSeconds(1 / rate);
        _time = time;
        _next = time.GetTimestamp();
    }

    /// <summary>The time one unit of work takes.</summary>
    public TimeSpan Interval => _interval;

    /// <summary>Waits until the next slot; throws <see cref="OperationCanceledException"/> on <paramref name="ct"/>.</summary>
    public Task WorkAsync(CancellationToken ct)
    {
        var now = _time.GetTimestamp();
        var ticksPerInterval = (long)(_interval.TotalSeconds * _time.TimestampFrequency);
        _next = Math.Max(_next, now) + ticksPerInterval;
        var wait = _time.GetElapsedTime(now, _next);
        return Task.Delay(wait, _time, ct);
    }
}
