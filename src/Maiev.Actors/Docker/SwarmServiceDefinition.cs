using System.Text.Json.Nodes;

// The string keys are Docker Engine API field names that happen to equal our member names.
#pragma warning disable CA1507

namespace Maiev.Actors.Docker;

/// <summary>What a new replicated service runs (for tests and the demo; Maiev itself never creates services).</summary>
/// <param name="Name">Service name.</param>
/// <param name="Image">Image reference.</param>
/// <param name="Command">Command and arguments, or null for the image's own.</param>
/// <param name="Replicas">Initial replicas.</param>
internal sealed record SwarmServiceDefinition(string Name, string Image, IReadOnlyList<string>? Command = null, int Replicas = 1)
{
    /// <summary>Service labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables, <c>NAME=value</c>.</summary>
    public IReadOnlyList<string> Env { get; init; } = [];

    /// <summary>Networks to attach (e.g. <c>host</c>).</summary>
    public IReadOnlyList<string> Networks { get; init; } = [];

    /// <summary>How long Swarm waits after TERM before KILL. Default 2 s.</summary>
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Run one task per node (a global service) instead of <see cref="Replicas"/> replicas.</summary>
    public bool Global { get; init; }

    /// <summary>The rolling-update configuration, or null for Swarm's default.</summary>
    public SwarmUpdateConfig? UpdateConfig { get; init; }

    /// <summary>The <c>services/create</c> body.</summary>
    public JsonObject ToSpec()
    {
        ArgumentException.ThrowIfNullOrEmpty(Name);
        ArgumentException.ThrowIfNullOrEmpty(Image);
        ArgumentOutOfRangeException.ThrowIfNegative(Replicas);
        var container = new JsonObject { ["Image"] = Image, ["StopGracePeriod"] = StopGracePeriod.Ticks * 100 };
        if (Command is not null)
        {
            container["Command"] = new JsonArray(Command.Select(c => (JsonNode?)c).ToArray());
        }

        if (Env.Count > 0)
        {
            container["Env"] = new JsonArray(Env.Select(e => (JsonNode?)e).ToArray());
        }

        var task = new JsonObject { ["ContainerSpec"] = container };
        if (Networks.Count > 0)
        {
            task["Networks"] = new JsonArray(Networks.Select(n => (JsonNode?)new JsonObject { ["Target"] = n }).ToArray());
        }

        var spec = new JsonObject
        {
            ["Name"] = Name,
            ["Labels"] = new JsonObject(Labels.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["TaskTemplate"] = task,
            ["Mode"] = Global
                ? new JsonObject { ["Global"] = new JsonObject() }
                : new JsonObject { ["Replicated"] = new JsonObject { ["Replicas"] = Replicas } },
        };
        if (UpdateConfig is not null)
        {
            spec["UpdateConfig"] = UpdateConfig.ToJson();
        }

        return spec;
    }
}
