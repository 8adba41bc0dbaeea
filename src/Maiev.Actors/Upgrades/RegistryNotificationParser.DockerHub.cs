using System.Globalization;
using System.Text.Json;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// Docker Hub's repository webhook: <c>{"push_data":{"tag":"…","pushed_at":unix-seconds},"repository":{"repo_name":"ns/name"}}</c>.
/// It names no event id, digest or media type; the id is made from repository, tag and push time, so a re-delivery
/// of the same push is still recognised.
/// </summary>
internal static partial class RegistryNotificationParser
{
    private static RegistryEvent ReadDockerHub(JsonElement root)
    {
        var pushData = root.GetProperty("push_data");
        RequireObject(pushData, "$.push_data");
        var tag = RequiredString(pushData, "tag", "$.push_data");
        DateTimeOffset? pushedAt = null;
        if (Property(pushData, "pushed_at") is { } at)
        {
            pushedAt = at.ValueKind == JsonValueKind.Number && at.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : throw new NotificationFormatException("$.push_data.pushed_at", $"must be whole seconds since 1970, not {Kind(at)}");
        }

        var repository = Property(root, "repository") ?? throw new NotificationFormatException("$.repository", "is missing");
        RequireObject(repository, "$.repository");
        var name = RequiredString(repository, "repo_name", "$.repository");
        var id = string.Create(CultureInfo.InvariantCulture, $"dockerhub:{name}:{tag}:{pushedAt?.ToUnixTimeSeconds() ?? 0}");
        var result = new RegistryEvent(id, "push", null, name, tag, null, null, pushedAt, RegistryEventSource.DockerHub);
        return result.Image is null
            ? throw new NotificationFormatException("$.repository.repo_name", $"'{name}:{tag}' is not a valid image name")
            : result;
    }
}
