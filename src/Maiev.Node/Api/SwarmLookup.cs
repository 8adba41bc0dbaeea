using Maiev.Node.Hosting;

namespace Maiev.Node.Api;

/// <summary>Whether Swarm has a service, for <c>PUT /services/{name}</c>'s 404.</summary>
internal static class SwarmLookup
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// True only when the Docker engine answered that it has no such service. An unreachable engine cannot tell, so
    /// the monitor goes ahead (the service then shows <c>replicas.observed = null</c> until Docker is back).
    /// </summary>
    public static async Task<bool> IsMissingAsync(NodeContext node, string name, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(Timeout, node.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await node.Docker.InspectServiceAsync(name, linked.Token).ConfigureAwait(false) is null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
#pragma warning disable CA1031 // Any failure to reach Docker means "cannot tell", never "missing".
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
