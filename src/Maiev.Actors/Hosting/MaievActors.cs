using Maiev.Runtime.Actors;

namespace Maiev.Actors.Hosting;

/// <summary>The composition root of Maiev's actors.</summary>
internal static class MaievActors
{
    /// <summary>
    /// Registers the event types, starts the stats poller, the service directory (which restarts every registered
    /// service), the service region, and the ingress and registry poller when their factories are given.
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static Task<MaievActorsHandle> StartAsync(ActorSystem system, MaievActorsOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        ct.ThrowIfCancellationRequested();
        throw new NotSupportedException("MaievActors.StartAsync is being built on branch services (protocol commit only).");
    }
}
