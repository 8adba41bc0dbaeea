using System.Globalization;
using Maiev.Runtime.Actors;
using Microsoft.Extensions.Logging;

namespace Maiev.TestKit.Actors;

/// <summary>
/// An actor system for one test, on a <see cref="ManualTimeProvider"/> by default, with probes.
/// Dispose it (<c>await using</c>) at the end of the test.
/// </summary>
public sealed class ActorTestKit : IAsyncDisposable
{
    private int _probeCounter;

    /// <summary>Creates the kit.</summary>
    /// <param name="manualClock">Use a <see cref="ManualTimeProvider"/> (default) or the real clock.</param>
    /// <param name="loggerFactory">Where logs go; none by default.</param>
    /// <param name="defaultTimeout">How long expectations wait by default (generous: CI machines are loaded). Default 15 s.</param>
    public ActorTestKit(bool manualClock = true, ILoggerFactory? loggerFactory = null, TimeSpan? defaultTimeout = null)
    {
        Clock = manualClock ? new ManualTimeProvider() : null;
        DefaultTimeout = defaultTimeout ?? TimeSpan.FromSeconds(15);
        var options = new ActorSystemOptions { TimeProvider = (TimeProvider?)Clock ?? TimeProvider.System };
        if (loggerFactory is not null)
        {
            options = options with { LoggerFactory = loggerFactory };
        }

        System = ActorSystem.Create("test", options);
    }

    /// <summary>The system under test.</summary>
    public ActorSystem System { get; }

    /// <summary>The manual clock, or <see langword="null"/> when the kit runs on the real clock.</summary>
    public ManualTimeProvider? Clock { get; }

    /// <summary>How long expectations wait by default.</summary>
    public TimeSpan DefaultTimeout { get; }

    /// <summary>The manual clock.</summary>
    /// <exception cref="InvalidOperationException">The kit runs on the real clock.</exception>
    public ManualTimeProvider ManualClock => Clock ?? throw new InvalidOperationException("This ActorTestKit runs on the real clock.");

    /// <summary>Creates a probe under <c>/system</c>.</summary>
    public TestProbe CreateProbe(string? name = null) =>
        new(System, name ?? "probe-" + Interlocked.Increment(ref _probeCounter).ToString(CultureInfo.InvariantCulture), DefaultTimeout);

    /// <summary>Creates a top-level actor.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => System.ActorOf(props, name);

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds (e.g. "the actor has armed its timer") and fails
    /// with <paramref name="what"/> if it does not within <paramref name="timeout"/> (default: <see cref="DefaultTimeout"/>).
    /// </summary>
    public async Task AwaitConditionAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {limit} waiting for {what}.");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the system.</summary>
    public ValueTask DisposeAsync() => System.DisposeAsync();
}
