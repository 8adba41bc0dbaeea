using Maiev.Runtime.Actors;
using Maiev.Runtime.Sharding;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Sharding;

public sealed class RememberedEntitiesTests
{
    private sealed class Entity : ReceiveActor
    {
        private readonly string _id;
        private readonly IActorRef _probe;

        public Entity(string id, IActorRef probe)
        {
            _id = id;
            _probe = probe;
            Receive<string>(s => s == "stop", _ => Context.Stop(Self));
            ReceiveAny(m => probe.Tell($"{id}:{m}"));
        }

        protected internal override void PreStart() => _probe.Tell($"started {_id}");
    }

    private static ShardRegionSettings Settings(TestProbe probe, IRememberedEntityStore store) =>
        new("services", id => Props.Create(() => new Entity(id, probe)), new HashMessageExtractor(8))
        {
            RememberedEntities = store,
            RememberedEntityRestartDelay = TimeSpan.FromSeconds(5),
        };

    [Fact]
    public async Task Remembered_entities_start_by_themselves_when_the_region_starts()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var store = new InMemoryRememberedEntityStore();
        await store.AddAsync(new HashMessageExtractor(8).ShardId("orders"), "orders", CancellationToken.None);
        await store.AddAsync(new HashMessageExtractor(8).ShardId("billing"), "billing", CancellationToken.None);

        ShardRegion.Start(kit.System, Settings(probe, store));

        var started = await probe.ReceiveNAsync(2);
        Assert.Equal(["started billing", "started orders"], started.Cast<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_new_entity_is_remembered_before_it_gets_its_buffered_messages()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var store = new InMemoryRememberedEntityStore();
        var region = ShardRegion.Start(kit.System, Settings(probe, store));

        region.Tell(new ShardingEnvelope("orders", 1));
        region.Tell(new ShardingEnvelope("orders", 2));

        await probe.ExpectMsgAsync("started orders");
        await probe.ExpectMsgAsync("orders:1");
        await probe.ExpectMsgAsync("orders:2");
        Assert.Contains("orders", await store.GetEntityIdsAsync(new HashMessageExtractor(8).ShardId("orders"), CancellationToken.None));
    }

    [Fact]
    public async Task A_remembered_entity_that_stops_by_itself_is_started_again_after_the_delay()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var region = ShardRegion.Start(kit.System, Settings(probe, new InMemoryRememberedEntityStore()));
        region.Tell(new ShardingEnvelope("orders", 1));
        await probe.ExpectMsgAsync("started orders");
        await probe.ExpectMsgAsync("orders:1");
        var entity = probe.LastSender!;
        probe.Watch(entity);

        region.Tell(new ShardingEnvelope("orders", "stop"));
        await probe.ExpectTerminatedAsync(entity);
        await kit.AwaitConditionAsync(() => kit.ManualClock.ActiveTimerCount == 1, "the shard to arm the entity's restart timer");
        kit.ManualClock.Advance(TimeSpan.FromSeconds(4));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(1));

        await probe.ExpectMsgAsync("started orders");
    }

    [Fact]
    public async Task Hand_off_stops_the_shard_keeps_it_remembered_and_releases_it()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var store = new InMemoryRememberedEntityStore();
        var region = ShardRegion.Start(kit.System, Settings(probe, store));
        region.Tell(new ShardingEnvelope("orders", 1));
        await probe.FishForMessageAsync<string>(s => s == "orders:1");
        var shardId = new HashMessageExtractor(8).ShardId("orders");

        var handedOff = await region.Ask<ShardHandedOff>(new HandOffShard(shardId), TimeSpan.FromSeconds(30));

        Assert.Equal(shardId, handedOff.ShardId);
        Assert.Contains("orders", await store.GetEntityIdsAsync(shardId, CancellationToken.None));
        Assert.DoesNotContain(kit.System.GetActorTree().SelectMany(n => n.DescendantsAndSelf()), n => n.Path.EndsWith("/orders", StringComparison.Ordinal));
    }
}
