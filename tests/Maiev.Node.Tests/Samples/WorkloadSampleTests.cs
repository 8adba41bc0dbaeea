using Maiev.TestKit.Servers;
using Maiev.TestKit.Workloads;

namespace Maiev.Node.Tests.Samples;

/// <summary>
/// The sample workload as a Swarm service on the host network, against the real broker: it drains
/// a burst, stops cleanly when scaled to zero, and its broken twin fails. Nothing here asserts a rate.
/// </summary>
public sealed class WorkloadSampleTests
{
    private const string Image = "maiev-test/workload:1.0.0";
    private const string Version = "1.0.0";
    private const string BrokenImage = "maiev-test/workload-broken:1.0.0";
    private const long Grace = 20_000_000_000L; // 20 s: far longer than a clean stop, so a kill would show as exit 137.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [ServerFact(Server.RabbitMq | Server.Docker)]
    public async Task Consumer_service_drains_a_burst_from_the_produce_job()
    {
        // Arrange: a burst of timestamped messages published by the image's own produce mode.
        var image = await WorkloadImage.EnsureAsync(Image, Version, CancellationToken.None);
        using var docker = DockerSocket.CreateClient();
        await using var queue = new RabbitQueue(Unique.Name("workload"));
        const int burst = 60;

        await using (var producer = await SwarmService.CreateAsync(docker, queue.Name + "-produce",
            Spec(queue.Name + "-produce", image, queue.Name, "produce", $"WORKLOAD_COUNT={burst}", job: true)))
        {
            await Eventually.SeeAsync(producer.TasksAsync, tasks => tasks.Any(t => t.Phase == "complete"), Patience,
                "the produce job to complete");
        }

        // The management API fills head_message_timestamp in a statistics round after the count.
        await Eventually.SeeAsync(queue.ReadAsync, q => q is { HeadTimestamp: > 0 } && q.Ready == burst, Patience,
            $"{burst} messages ready in {queue.Name}, the head one with an AMQP timestamp");

        // Act: two consumer replicas.
        await using var consumer = await SwarmService.CreateAsync(docker, queue.Name,
            Spec(queue.Name, image, queue.Name, "consume", "WORKLOAD_RATE=20", replicas: 2));

        // Assert: the backlog is gone and every message was acknowledged.
        var drained = await Eventually.SeeAsync(queue.ReadAsync,
            q => q is { Ready: 0, Unacked: 0, Acked: >= burst }, Patience,
            $"{queue.Name} drained with {burst} acknowledgements");
        Assert.Equal(burst, drained!.Acked);
    }

    [ServerFact(Server.RabbitMq | Server.Docker)]
    public async Task Scaling_the_consumer_to_zero_stops_its_tasks_with_exit_code_0()
    {
        // Arrange: two consumers connected to the broker (so their SIGTERM handler is in place).
        var image = await WorkloadImage.EnsureAsync(Image, Version, CancellationToken.None);
        using var docker = DockerSocket.CreateClient();
        await using var queue = new RabbitQueue(Unique.Name("workload"));
        await using var consumer = await SwarmService.CreateAsync(docker, queue.Name,
            Spec(queue.Name, image, queue.Name, "consume", "WORKLOAD_RATE=5", replicas: 2));
        await Eventually.SeeAsync(queue.ReadAsync, q => q?.Consumers == 2, Patience, $"2 consumers on {queue.Name}");

        // Act
        await using var deaths = await ContainerDeaths.WatchAsync(docker, consumer.Name);
        await consumer.ScaleAsync(0);

        // Assert: both containers ended on their own after SIGTERM (a kill after the grace period is 137).
        var exitCodes = await deaths.ExitCodesAsync(2, Patience);
        Assert.True(exitCodes.All(code => code == "0"), $"containers of {consumer.Name} exited [{string.Join(", ", exitCodes)}], expected 0 each");
        var tasks = await consumer.TasksAsync();
        Assert.DoesNotContain(tasks, t => t.Phase is "failed" or "rejected");
        await Eventually.SeeAsync(queue.ReadAsync, q => q?.Consumers == 0, Patience, $"no consumers left on {queue.Name}");
    }

    [ServerFact(Server.Docker)]
    public async Task Broken_image_tasks_fail_with_exit_code_1()
    {
        // Arrange
        var image = await WorkloadImage.EnsureBrokenAsync(BrokenImage, CancellationToken.None);
        using var docker = DockerSocket.CreateClient();
        var name = Unique.Name("workload-broken");

        // Act
        await using var broken = await SwarmService.CreateAsync(docker, name,
            Spec(name, image, "unused", "consume", "WORKLOAD_RATE=1"));

        // Assert
        var tasks = await Eventually.SeeAsync(broken.TasksAsync, ts => ts.Any(t => t.Phase == "failed"), Patience,
            $"a failed task of {name}");
        var failed = tasks.First(t => t.Phase == "failed");
        Assert.True(failed.Exit == 1, $"the broken task should exit 1: {failed}");
        Assert.DoesNotContain(tasks, t => t.Phase is "complete");
    }

    private static object Spec(
        string name, string image, string queue, string mode, string setting, int replicas = 1, bool job = false) => new
        {
            Name = name,
            Labels = new Dictionary<string, string> { ["org.maiev.test"] = nameof(WorkloadSampleTests) },
            TaskTemplate = new
            {
                ContainerSpec = new
                {
                    Image = image,
                    Args = new[] { mode },
                    Env = new[] { $"WORKLOAD_AMQP={TestServers.RabbitMqAmqp}", $"WORKLOAD_QUEUE={queue}", setting },
                    StopGracePeriod = Grace,
                },
                Networks = new[] { new { Target = "host" } },
                RestartPolicy = new { Condition = job ? "on-failure" : "any", Delay = 1_000_000_000L, MaxAttempts = job ? 3 : 0 },
            },
            Mode = job
                ? (object)new { ReplicatedJob = new { MaxConcurrent = 1, TotalCompletions = 1 } }
                : new { Replicated = new { Replicas = replicas } },
        };
}
