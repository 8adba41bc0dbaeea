using Maiev.Runtime.Actors;
using Xunit;

namespace Maiev.TestKit.Actors;

/// <summary>
/// An xunit base class for actor tests: each test gets a fresh <see cref="ActorTestKit"/> on a manual
/// clock, disposed after the test.
/// </summary>
public abstract class ActorTestBase : IAsyncLifetime
{
    /// <summary>Creates the kit for one test.</summary>
    protected ActorTestBase()
    {
        Kit = new ActorTestKit();
    }

    /// <summary>The kit of this test.</summary>
    protected ActorTestKit Kit { get; }

    /// <summary>The system under test.</summary>
    protected ActorSystem Sys => Kit.System;

    /// <summary>The manual clock.</summary>
    protected ManualTimeProvider Clock => Kit.ManualClock;

    /// <summary>Creates a probe.</summary>
    protected TestProbe CreateProbe(string? name = null) => Kit.CreateProbe(name);

    /// <inheritdoc/>
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public virtual async Task DisposeAsync() => await Kit.DisposeAsync().ConfigureAwait(false);
}
