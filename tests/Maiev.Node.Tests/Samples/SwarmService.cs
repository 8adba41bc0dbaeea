using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Maiev.Node.Tests.Samples;

/// <summary>A Swarm service a test created through the raw Engine API; removed on dispose.</summary>
internal sealed class SwarmService : IAsyncDisposable
{
    private readonly HttpClient _docker;

    private SwarmService(HttpClient docker, string id, string name)
    {
        _docker = docker;
        ServiceId = id;
        Name = name;
    }

    public string ServiceId { get; }

    public string Name { get; }

    /// <summary>Creates a service from <paramref name="spec"/> (which must carry <c>Name</c>).</summary>
    public static async Task<SwarmService> CreateAsync(HttpClient docker, string name, object spec)
    {
        using var create = await docker.PostAsJsonAsync("services/create", spec);
        var body = await create.Content.ReadAsStringAsync();
        Assert.True(create.StatusCode == HttpStatusCode.Created, $"services/create {name} answered {(int)create.StatusCode}: {body}");
        using var doc = JsonDocument.Parse(body);
        return new SwarmService(docker, doc.RootElement.GetProperty("ID").GetString()!, name);
    }

    /// <summary>The service's tasks, each as (state, desired state, exit code or null, error or null).</summary>
    public async Task<IReadOnlyList<TaskState>> TasksAsync()
    {
        var filter = Uri.EscapeDataString($"{{\"service\":[\"{Name}\"]}}");
        using var doc = JsonDocument.Parse(await _docker.GetStringAsync($"tasks?filters={filter}"));
        return doc.RootElement.EnumerateArray().Select(TaskState.From).ToList();
    }

    /// <summary>Sets the replica count with the full spec and the current version, retrying a stale version.</summary>
    public async Task ScaleAsync(int replicas)
    {
        for (var attempt = 1; ; attempt++)
        {
            var service = JsonNode.Parse(await _docker.GetStringAsync($"services/{ServiceId}"))!;
            var version = service["Version"]!["Index"]!.GetValue<long>();
            var spec = service["Spec"]!;
            spec["Mode"]!["Replicated"]!["Replicas"] = replicas;
            using var content = new StringContent(spec.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            using var update = await _docker.PostAsync($"services/{ServiceId}/update?version={version}", content);
            if (update.IsSuccessStatusCode)
            {
                return;
            }

            var body = await update.Content.ReadAsStringAsync();
            // A concurrent status change makes the version stale: the engine answers 500 "out of sequence".
            Assert.True(
                attempt < 5 && body.Contains("out of sequence", StringComparison.Ordinal),
                $"scaling {Name} to {replicas} answered {(int)update.StatusCode}: {body}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var delete = await _docker.DeleteAsync($"services/{ServiceId}");
        Assert.True(
            delete.IsSuccessStatusCode || delete.StatusCode == HttpStatusCode.NotFound,
            $"removing {Name} answered {(int)delete.StatusCode}");

        // The engine keeps the exited containers of a replicated job after its service is removed
        // (each one a full copy of the image with the vfs driver): remove them. Swarm removes the
        // others itself; a 404 or 409 here means it got there first.
        var filters = Uri.EscapeDataString($"{{\"label\":[\"com.docker.swarm.service.name={Name}\"],\"status\":[\"exited\",\"created\",\"dead\"]}}");
        using var containers = JsonDocument.Parse(await _docker.GetStringAsync($"containers/json?all=true&filters={filters}"));
        foreach (var container in containers.RootElement.EnumerateArray())
        {
            using var _ = await _docker.DeleteAsync($"containers/{container.GetProperty("Id").GetString()}?v=true");
        }
    }
}
