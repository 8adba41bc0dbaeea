namespace Maiev.Runtime.Actors;

/// <summary>
/// An actor's keyed timers. Starting a timer with a key in use replaces it; a cancelled or replaced
/// timer never delivers again, even if its tick was already queued. All timers stop with the actor
/// and on restart. Time comes from the system's <see cref="TimeProvider"/>. Use only from the actor.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> to the actor once, after <paramref name="delay"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan delay);

    /// <summary>Sends <paramref name="message"/> to the actor every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);

    /// <summary>Whether a timer with <paramref name="key"/> is running (a fired single timer is not).</summary>
    bool IsTimerActive(object key);

    /// <summary>Cancels the timer with <paramref name="key"/>, if any.</summary>
    void Cancel(object key);

    /// <summary>Cancels every timer.</summary>
    void CancelAll();
}
