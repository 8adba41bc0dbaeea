using Maiev.Runtime.Actors;
using Maiev.Runtime.Sharding;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Sharding;

public sealed class ShardRegionTests
{
    /// <summary>Reports start and stop, echoes "id:message" to the probe; "stop" stops it, "passivate" asks to be passivated.</summary>
    private sealed class Entity : ReceiveActor
    {
        private readonly string _id;
        private readonly IActorRef _probe;

        public Entity(string id, IActorRef probe)
        {
            _id = id;
            _probe = probe;
            Receive<string>(s => s == "stop", _ => Context.Stop(Self));
            Receive<string>(s => s == "passivate", _ => Context.Parent.Tell(new Passivate()));
            ReceiveAny(m => probe.Tell($"{id}:{m}"));
        }

        protected internal override void PreStart() => _probe.Tell($"started {_id} at {Self.Path}");

        protected internal override void PostStop() => _probe.Tell($"stopped {_id}");
    }

    /// <summary>An owner whose acquisitions complete when the test says so.</summary>
    private sealed class GatedOwner : IShardOwner
    {
        public TaskCompletionSource<bool> Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Released { get; } = [];

        public Task<bool> AcquireAsync(string shardId, CancellationToken cancellationToken) => Gate.Task;

        public Task ReleaseAsync(string shardId, CancellationToken cancellationToken)
        {
            lock (Released)
            {
                Released.Add(shardId);
            }

            return Task.CompletedTask;
        }
    }

    private static ShardRegionSettings Settings(TestProbe probe) =>
        new("services", id => Props.Create(() => new Entity(id, probe)), new HashMessageExtractor(8));

    [Fact]
    public async Task Messages_reach_one_entity_per_id_under_its_shard()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var region = ShardRegion.Start(kit.System, Settings(probe));

        region.Tell(new ShardingEnvelope("orders", 1));
        region.Tell(new ShardingEnvelope("orders", 2));

        var shard = StableHash.ShardOf("orders", 8);
        Assert.Equal($"started orders at /user/services/{shard}/orders", await probe.ExpectMsgAsync<string>());
        Assert.Equal("orders:1", await probe.ExpectMsgAsync<string>());
        Assert.Equal("orders:2", await probe.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Entity_ids_that_are_not_valid_actor_names_are_escaped()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var region = ShardRegion.Start(kit.System, Settings(probe));

        region.Tell(new ShardingEnvelope("$a b/c", "x"));

        Assert.EndsWith("/%24a%20b%2Fc", await probe.ExpectMsgAsync<string>(), StringComparison.Ordinal);
        Assert.Equal("$a b/c:x", await probe.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task Messages_to_a_starting_shard_are_buffered_in_order_not_lost()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var owner = new GatedOwner();
        var region = ShardRegion.Start(kit.System, Settings(probe) with { Owner = owner });

        for (var i = 0; i < 5; i++)
        {
            region.Tell(new ShardingEnvelope("orders", i));
        }

        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(200));
        owner.Gate.SetResult(true);

        await probe.ExpectMsgAsync<string>(s => s.StartsWith("started orders", StringComparison.Ordinal));
        Assert.Equal(["orders:0", "orders:1", "orders:2", "orders:3", "orders:4"], (await probe.ReceiveNAsync(5)).Cast<string>());
    }

    [Fact]
    public async Task A_message_without_an_entity_id_goes_to_dead_letters()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var letters = kit.CreateProbe();
        kit.System.EventStream.Subscribe<DeadLetter>(letters);
        var region = ShardRegion.Start(kit.System, Settings(probe));

        region.Tell(42);

        Assert.Equal(42, (await letters.ExpectMsgAsync<DeadLetter>()).Message);
    }

    [Fact]
    public async Task Idle_entities_are_passivated_on_the_manual_clock_and_start_again_on_demand()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var region = ShardRegion.Start(kit.System, Settings(probe) with { PassivateIdleAfter = TimeSpan.FromMinutes(10) });
        region.Tell(new ShardingEnvelope("orders", 1));
        await probe.ExpectMsgAsync<string>(s => s.StartsWith("started", StringComparison.Ordinal));
        await probe.ExpectMsgAsync("orders:1");

        kit.ManualClock.Advance(TimeSpan.FromMinutes(5));
        await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
        kit.ManualClock.Advance(TimeSpan.FromMinutes(5));
        await probe.ExpectMsgAsync("stopped orders");
        region.Tell(new ShardingEnvelope("orders", 2));

        await probe.ExpectMsgAsync<string>(s => s.StartsWith("started orders", StringComparison.Ordinal));
        await probe.ExpectMsgAsync("orders:2");
    }

    [Fact]
    public async Task An_entity_that_asks_to_passivate_is_stopped_and_started_again_on_demand()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var region = ShardRegion.Start(kit.System, Settings(probe));
        region.Tell(new ShardingEnvelope("orders", 1));
        await probe.FishForMessageAsync<string>(s => s == "orders:1");

        region.Tell(new ShardingEnvelope("orders", "passivate"));
        await probe.ExpectMsgAsync("stopped orders");
        region.Tell(new ShardingEnvelope("orders", 2));

        await probe.ExpectMsgAsync<string>(s => s.StartsWith("started orders", StringComparison.Ordinal));
        await probe.ExpectMsgAsync("orders:2");
    }
}
