using Maiev.Actors.Services;
using Maiev.Runtime.Persistence;

namespace Maiev.Node.Api;

/// <summary>
/// Whether a service's last journal event is <c>ServiceUnmonitored</c>: such a service answers 404 on the admin API
/// even though its actor can still describe it (the contract: history after unmonitor only through the journal).
/// </summary>
internal static class MonitoredCheck
{
    /// <summary>True when the service was unmonitored and not monitored again since.</summary>
    public static async Task<bool> IsUnmonitoredAsync(IJournal journal, string name, CancellationToken ct)
    {
        var persistenceId = "service-" + name;
        var highest = await journal.ReadHighestSequenceNrAsync(persistenceId, ct).ConfigureAwait(false);
        if (highest == 0)
        {
            return false;
        }

        await foreach (var last in journal.ReplayAsync(persistenceId, highest, highest, 1, ct).ConfigureAwait(false))
        {
            return last.Payload is ServiceUnmonitored;
        }

        return false;
    }

    /// <summary>The 404 detail for a service that is not monitored.</summary>
    public static string NotMonitored(string name) => $"service '{name}' is not monitored";
}
