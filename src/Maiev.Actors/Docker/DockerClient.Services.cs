using System.Globalization;
using System.Text.Json.Nodes;

namespace Maiev.Actors.Docker;

/// <summary>Swarm services: list, inspect, create, remove, update (with out-of-sequence retry), scale, image, rollback.</summary>
internal sealed partial class DockerClient
{
    /// <summary>
    /// Lists services, optionally only those with every label in <paramref name="labels"/>
    /// (<c>key</c> or <c>key=value</c>) and/or exactly named <paramref name="name"/> (Docker's own name
    /// filter matches prefixes, as maiev did — <c>producer</c> found <c>producer2</c>; this one does not).
    /// </summary>
    public async Task<IReadOnlyList<SwarmService>> ListServicesAsync(CancellationToken cancellationToken, string? name = null, IReadOnlyList<string>? labels = null)
    {
        var filters = new JsonObject();
        if (name is not null)
        {
            filters["name"] = new JsonArray(name);
        }

        if (labels is { Count: > 0 })
        {
            filters["label"] = new JsonArray(labels.Select(l => (JsonNode?)l).ToArray());
        }

        var query = filters.Count == 0 ? "services" : $"services?filters={Uri.EscapeDataString(filters.ToJsonString())}";
        var array = await SendJsonAsync(HttpMethod.Get, query, null, cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        return array.Where(n => n is not null)
            .Select(n => SwarmService.FromJson(n!))
            .Where(s => name is null || string.Equals(s.Name, name, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Inspects a service by id or exact name; null when there is none.</summary>
    public async Task<SwarmService?> InspectServiceAsync(string idOrName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrName);
        var node = await SendJsonAsync(HttpMethod.Get, $"services/{Uri.EscapeDataString(idOrName)}", null, cancellationToken, notFoundIsNull: true).ConfigureAwait(false);
        return node is null ? null : SwarmService.FromJson(node);
    }

    /// <summary>Creates a service; returns its id.</summary>
    /// <exception cref="DockerApiException"><see cref="DockerErrorKind.Conflict"/> when the name is taken.</exception>
    public async Task<string> CreateServiceAsync(SwarmServiceDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var node = await SendJsonAsync(HttpMethod.Post, "services/create", definition.ToSpec(), cancellationToken).ConfigureAwait(false);
        return node?["ID"]?.GetValue<string>() ?? throw new DockerApiException(DockerErrorKind.Unavailable, "POST /services/create answered without an ID.");
    }

    /// <summary>Removes a service; true when it existed.</summary>
    public async Task<bool> RemoveServiceAsync(string idOrName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idOrName);
        var prefix = await PrefixAsync(cancellationToken).ConfigureAwait(false);
        using var response = await SendRawAsync(() => new HttpRequestMessage(HttpMethod.Delete, $"{prefix}services/{Uri.EscapeDataString(idOrName)}"),
            "DELETE /services", cancellationToken, notFoundIsNull: true).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Reads the service, lets <paramref name="change"/> edit its full spec, and sends it with the
    /// <c>Version.Index</c> just read. On "update out of sequence" (someone changed the service in
    /// between) it re-reads and re-applies, at most <see cref="MaxUpdateAttempts"/> times.
    /// <paramref name="change"/> returns false to send nothing (already as wanted).
    /// </summary>
    /// <returns>The service as last read, with <paramref name="change"/> applied to its <see cref="SwarmService.Spec"/>; its <see cref="SwarmService.VersionIndex"/> is the one the update was sent with.</returns>
    /// <exception cref="DockerApiException">Not found; out of sequence after every attempt; anything else the daemon refuses.</exception>
    public async Task<SwarmService> UpdateServiceAsync(string idOrName, Func<SwarmService, bool> change, CancellationToken cancellationToken, string? rollback = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var service = await InspectServiceAsync(idOrName, cancellationToken).ConfigureAwait(false)
                ?? throw new DockerApiException(DockerErrorKind.NotFound, $"Swarm service '{idOrName}' does not exist.", 404);
            if (!change(service))
            {
                return service;
            }

            var query = string.Create(CultureInfo.InvariantCulture, $"services/{service.Id}/update?version={service.VersionIndex}");
            if (rollback is not null)
            {
                query += $"&rollback={Uri.EscapeDataString(rollback)}";
            }

            try
            {
                await SendJsonAsync(HttpMethod.Post, query, service.Spec, cancellationToken).ConfigureAwait(false);
                return service;
            }
            catch (DockerApiException e) when (e.Kind == DockerErrorKind.OutOfSequence && attempt < MaxUpdateAttempts)
            {
                LogOutOfSequence(_logger, service.Name, service.VersionIndex, attempt);
            }
        }
    }

    /// <summary>Sets the replicas of a replicated service (with out-of-sequence retry).</summary>
    /// <exception cref="DockerApiException"><see cref="DockerErrorKind.Invalid"/> for a global service (reported, never scaled); others as <see cref="UpdateServiceAsync"/>.</exception>
    public Task<SwarmService> ScaleServiceAsync(string idOrName, int replicas, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        return UpdateServiceAsync(idOrName, service =>
        {
            if (service.IsGlobal)
            {
                throw new DockerApiException(DockerErrorKind.Invalid, $"Swarm service '{service.Name}' is global: it runs one task per node and cannot be scaled.");
            }

            if (service.Replicas == replicas)
            {
                return false;
            }

            service.Spec["Mode"] = new JsonObject { ["Replicated"] = new JsonObject { ["Replicas"] = replicas } };
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Changes the service's image to <paramref name="image"/> (pin it: <c>repo:tag@sha256:…</c>, the raw API
    /// does not resolve digests) and, when given, its <c>UpdateConfig</c>. Swarm then rolls the update out;
    /// follow it with <see cref="InspectServiceAsync"/> and <see cref="SwarmService.UpdateStatus"/>.
    /// </summary>
    public Task<SwarmService> UpdateImageAsync(string idOrName, string image, CancellationToken cancellationToken, SwarmUpdateConfig? updateConfig = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        var config = updateConfig?.ToJson();
        return UpdateServiceAsync(idOrName, service =>
        {
            var container = service.Spec["TaskTemplate"]?["ContainerSpec"] as JsonObject
                ?? throw new DockerApiException(DockerErrorKind.Invalid, $"Swarm service '{service.Name}' has no ContainerSpec (not a container service).");
            container["Image"] = image;
            if (config is not null)
            {
                service.Spec["UpdateConfig"] = config.DeepClone();
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>Asks Swarm to roll the service back to its previous spec (<c>rollback=previous</c>).</summary>
    public Task<SwarmService> RollbackServiceAsync(string idOrName, CancellationToken cancellationToken) =>
        UpdateServiceAsync(idOrName, _ => true, cancellationToken, rollback: "previous");

    /// <summary>Lists the tasks of a service (all states; filter on <see cref="SwarmTask.IsRunning"/>).</summary>
    public async Task<IReadOnlyList<SwarmTask>> ListTasksAsync(string serviceIdOrName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceIdOrName);
        var filters = new JsonObject { ["service"] = new JsonArray(serviceIdOrName) }.ToJsonString();
        var array = await SendJsonAsync(HttpMethod.Get, $"tasks?filters={Uri.EscapeDataString(filters)}", null, cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        return array.Where(n => n is not null).Select(n => new SwarmTask(
            n!["ID"]?.GetValue<string>() ?? string.Empty,
            n["ServiceID"]?.GetValue<string>() ?? string.Empty,
            n["Slot"] is { } slot ? (int)slot.GetValue<long>() : null,
            n["Status"]?["State"]?.GetValue<string>() ?? "unknown",
            n["DesiredState"]?.GetValue<string>() ?? "unknown",
            n["Spec"]?["ContainerSpec"]?["Image"]?.GetValue<string>(),
            n["Status"]?["Err"]?.GetValue<string>())).ToList();
    }
}
