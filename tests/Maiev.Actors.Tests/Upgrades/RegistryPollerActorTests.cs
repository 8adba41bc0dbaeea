using Maiev.Actors.Registry;
using Maiev.Actors.Tests.Docker;
using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;
using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Upgrades;

/// <summary>The polling fallback against the real registry, its interval on the manual clock.</summary>
public sealed class RegistryPollerActorTests : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private readonly ActorTestKit _kit = new();

    public ValueTask DisposeAsync() => _kit.DisposeAsync();

    [ServerFact(Server.Docker | Server.Registry)]
    public async Task The_first_poll_records_existing_tags_and_a_later_poll_publishes_a_tag_pushed_without_any_webhook()
    {
        using var docker = SwarmFixture.Client();
        using var registry = new RegistryClient(new Uri($"http://{TestServers.Registry}/"));
        var repository = $"{TestServers.Registry}/{Unique.Name("upg-poll")}";
        await SwarmFixture.PushAsync(docker, repository, "1.0.0");
        try
        {
            var pushes = _kit.CreateProbe();
            _kit.System.EventStream.Subscribe<ImagePushed>(pushes);
            var settings = new UpgradeSettings { PollInterval = Interval, PollRegistryHost = TestServers.Registry };
            var poller = _kit.ActorOf(RegistryPollerActor.Props(registry, settings, _kit.ManualClock));
            await StateAsync(poller, polls: 0);
            _kit.System.EventStream.Publish(new ServiceImageKnown("web", ImageReference.Parse($"{repository}:1.0.0")));
            _kit.System.EventStream.Publish(new ServiceImageKnown("elsewhere", ImageReference.Parse("registry.example:5000/team/app:1.0.0")));

            _kit.ManualClock.Advance(Interval);
            var first = await StateAsync(poller, polls: 1);

            var canonical = ImageReference.Parse(repository).CanonicalName;
            Assert.Equal(["1.0.0"], first.Repositories[canonical]);
            Assert.Null(first.Repositories["registry.example:5000/team/app"]); // another registry: not polled with this client
            await pushes.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));

            var digest = await SwarmFixture.PushAsync(docker, repository, "1.0.1");
            _kit.ManualClock.Advance(Interval);
            await StateAsync(poller, polls: 2);

            var pushed = await pushes.ExpectMsgAsync<ImagePushed>();
            Assert.Equal($"{repository}:1.0.1@{digest}", pushed.Image.ToString());
            Assert.Equal("poll", pushed.Source);
            await pushes.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(300));
        }
        finally
        {
            await UpgradeFixture.RemoveLocalTagsAsync([$"{repository}:1.0.0", $"{repository}:1.0.1"]);
        }
    }

    /// <summary>Asks for the state until <paramref name="polls"/> polls have completed (the tick is queued before the Ask).</summary>
    private async Task<RegistryPollerState> StateAsync(IActorRef poller, int polls)
    {
        var probe = _kit.CreateProbe();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        RegistryPollerState state;
        do
        {
            probe.Send(poller, GetRegistryPollerState.Instance);
            state = await probe.ExpectMsgAsync<RegistryPollerState>(TimeSpan.FromSeconds(30));
            if (state.Polls >= polls)
            {
                return state;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"the poller did not complete {polls} poll(s) within 45 s; last state: {state.Polls} poll(s)");
        return state;
    }
}
