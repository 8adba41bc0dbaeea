using System.Diagnostics;

namespace Maiev.Actors.Tests.RabbitMq;

/// <summary>
/// What a test client really did: one monotonic timestamp per event (a publish, a delivery, an ack),
/// counted over any window afterwards. Thread-safe; events are stored in the order they happened.
/// </summary>
internal sealed class EventTimeline(long origin)
{
    private readonly List<TimeSpan> _events = [];

    /// <summary>Time since the common origin of every timeline of a test.</summary>
    public TimeSpan Now => Stopwatch.GetElapsedTime(origin);

    public int Count
    {
        get
        {
            lock (_events)
            {
                return _events.Count;
            }
        }
    }

    public TimeSpan? First
    {
        get
        {
            lock (_events)
            {
                return _events.Count == 0 ? null : _events[0];
            }
        }
    }

    /// <summary>Records one event now (the time is taken under the lock, so the list stays sorted).</summary>
    public void Record()
    {
        lock (_events)
        {
            _events.Add(Now);
        }
    }

    /// <summary>Events that happened at or before <paramref name="at"/>.</summary>
    public int CountUntil(TimeSpan at)
    {
        lock (_events)
        {
            int lo = 0, hi = _events.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_events[mid] <= at)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    /// <summary>Events per second in the window (<paramref name="end"/> − <paramref name="window"/>, <paramref name="end"/>].</summary>
    public double RateOver(TimeSpan end, TimeSpan window) =>
        (CountUntil(end) - CountUntil(end - window)) / window.TotalSeconds;
}
