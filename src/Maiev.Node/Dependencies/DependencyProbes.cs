using System.Net;
using Maiev.Actors.Docker;
using Maiev.Actors.RabbitMq;
using Maiev.Node.Hosting;
using Maiev.Runtime.Persistence;

namespace Maiev.Node.Dependencies;

/// <summary>The node's four dependency checks: journal, rabbitmq, docker, registry.</summary>
internal static class DependencyProbes
{
    /// <summary>Builds the probes over the node's clients; <paramref name="registryHttp"/> is used for <c>/v2/</c>.</summary>
    public static IReadOnlyList<DependencyProbe> Create(
        NodeSettings settings, IJournal journal, RabbitMqManagementClient rabbitMq, DockerClient docker, HttpClient registryHttp)
    {
        var journalDetail = settings.Persistence.Plugin switch
        {
            JournalPlugin.Sqlite => $"sqlite {settings.SqlitePath}",
            JournalPlugin.Postgres => $"postgres (schema {settings.Persistence.Schema})",
            _ => "in-memory (lost on exit)",
        };
        var management = "management API " + settings.RabbitMq.BaseAddress.GetLeftPart(UriPartial.Authority);
        var dockerHost = settings.DockerHost.ToString();
        var registry = settings.RegistryUrl;
        return
        [
            new DependencyProbe("journal", journalDetail, async ct =>
            {
                await journal.ReadHighestSequenceNrAsync("maiev-node-readiness", ct).ConfigureAwait(false);
                return journalDetail;
            }),
            new DependencyProbe("rabbitmq", management, async ct =>
            {
                await rabbitMq.GetOverviewAsync(ct).ConfigureAwait(false);
                return management;
            }),
            new DependencyProbe("docker", dockerHost, async ct =>
            {
                await docker.PingAsync(ct).ConfigureAwait(false);
                return dockerHost;
            }),
            new DependencyProbe("registry", registry?.ToString() ?? "registry", registry is null ? null : async ct =>
            {
                using var response = await registryHttp.GetAsync(new Uri(registry, "/v2/"), ct).ConfigureAwait(false);
                return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Unauthorized
                    ? $"{registry} (/v2/ answers {(int)response.StatusCode})"
                    : throw new HttpRequestException($"/v2/ answered {(int)response.StatusCode}");
            }),
        ];
    }
}
