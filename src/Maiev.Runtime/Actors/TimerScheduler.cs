namespace Maiev.Runtime.Actors;

/// <summary>Keyed timers of one cell; touched only from the cell's own processing.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly Dictionary<object, Entry> _timers = [];
    private int _generation;

    public void StartSingleTimer(object key, object message, TimeSpan delay) =>
        Start(key, message, delay, Timeout.InfiniteTimeSpan);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) =>
        StartPeriodicTimer(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Start(key, message, initialDelay, interval);
    }

    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    public void Cancel(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_timers.Remove(key, out var entry))
        {
            entry.Timer.Dispose();
        }
    }

    public void CancelAll()
    {
        foreach (var entry in _timers.Values)
        {
            entry.Timer.Dispose();
        }

        _timers.Clear();
    }

    /// <summary>Whether a tick is still wanted; a single timer is spent by it.</summary>
    public bool Accept(TimerTick tick)
    {
        if (!_timers.TryGetValue(tick.Key, out var entry) || entry.Generation != tick.Generation)
        {
            return false;
        }

        if (!entry.Periodic)
        {
            _timers.Remove(tick.Key);
            entry.Timer.Dispose();
        }

        return true;
    }

    private void Start(object key, object message, TimeSpan due, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(due, TimeSpan.Zero);
        Cancel(key);
        var tick = new TimerTick(cell, key, ++_generation, message);
        var entry = new Entry(tick.Generation, period != Timeout.InfiniteTimeSpan);

        // Registered before the timer exists: a timer due now may fire inside CreateTimer.
        _timers[key] = entry;
        entry.Timer = cell.System.TimeProvider.CreateTimer(static state => ((TimerTick)state!).Fire(), tick, due, period);
    }

    private sealed class Entry(int generation, bool periodic)
    {
        public int Generation { get; } = generation;

        public bool Periodic { get; } = periodic;

        public ITimer Timer { get; set; } = null!;
    }
}

/// <summary>A timer's tick travelling through the owner's mailbox.</summary>
internal sealed class TimerTick(ActorCell owner, object key, int generation, object message)
{
    public object Key { get; } = key;

    public int Generation { get; } = generation;

    public object Message { get; } = message;

    public void Fire() => owner.EnqueueInternal(this, null);
}
