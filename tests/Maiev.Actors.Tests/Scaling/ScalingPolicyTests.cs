using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;
using static Maiev.Actors.Tests.Scaling.ScalingTestKit;

namespace Maiev.Actors.Tests.Scaling;

public sealed class ScalingPolicyTests
{
    private static ScaleDecision Decide(ServiceSpec spec, int? replicas, bool? up, bool? down, ScalingMemory? memory = null, DateTimeOffset? now = null, string[]? unknown = null) =>
        ScalingPolicy.Decide(spec, new ScalingInput(replicas, [.. unknown ?? []], up, down), memory ?? ScalingMemory.Empty, now ?? T0);

    [Theory]
    [InlineData(2, true, false, 3)]
    [InlineData(2, false, true, 1)]
    [InlineData(2, true, true, 3)]
    [InlineData(2, false, false, 2)]
    [InlineData(5, true, false, 5)]
    [InlineData(1, false, true, 1)]
    public void Step_mode_adds_or_removes_one_up_wins_within_bounds(int replicas, bool up, bool down, int expected)
    {
        var decision = Decide(Step(min: 1, max: 5), replicas, up, down);

        Assert.Equal(expected, decision.To);
        Assert.Equal(replicas, decision.From);
        Assert.Equal(expected == replicas ? ScaleAction.Keep : expected > replicas ? ScaleAction.ScaleUp : ScaleAction.ScaleDown, decision.Action);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public void Replicas_outside_the_bounds_are_brought_back()
    {
        Assert.Equal(5, Decide(Step(min: 1, max: 5), 8, false, false).To);
        Assert.Equal(2, Decide(Step(min: 2, max: 5), 0, false, true).To);
    }

    [Fact]
    public void Unknown_metrics_hold_even_when_scale_down_holds()
    {
        var decision = Decide(Step(), 3, false, true, unknown: ["rmq"]);

        Assert.Equal(ScaleAction.Hold, decision.Action);
        Assert.Equal(3, decision.To);
        Assert.Contains("metrics unknown for rmq", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_and_unreplicated_services_hold()
    {
        Assert.Equal(ScaleAction.Hold, Decide(Step(paused: true), 3, true, false).Action);
        var global = Decide(Step(), null, true, false);
        Assert.Equal((ScaleAction.Hold, (int?)null), (global.Action, global.To));
    }

    [Fact]
    public void The_repeat_delay_spaces_steps_in_the_same_direction()
    {
        var spec = Step(max: 10, change: s => s with { RepeatDelay = TimeSpan.FromSeconds(30) });
        var first = Decide(spec, 2, true, false);
        var tooSoon = Decide(spec, 3, true, false, first.Memory, T0.AddSeconds(10));
        var later = Decide(spec, 3, true, false, tooSoon.Memory, T0.AddSeconds(30));

        Assert.Equal(ScaleAction.ScaleUp, first.Action);
        Assert.Equal(ScaleAction.Hold, tooSoon.Action);
        Assert.Contains("repeat delay", tooSoon.Reason, StringComparison.Ordinal);
        Assert.Equal(4, later.To);
    }

    [Fact]
    public void The_scale_down_cooldown_follows_any_change()
    {
        var spec = Step(max: 10, change: s => s with { ScaleDownCooldown = TimeSpan.FromMinutes(2) });
        var up = Decide(spec, 2, true, false);
        var held = Decide(spec, 3, false, true, up.Memory, T0.AddSeconds(119));
        var down = Decide(spec, 3, false, true, held.Memory, T0.AddSeconds(120));

        Assert.Equal(ScaleAction.Hold, held.Action);
        Assert.Contains("cooldown", held.Reason, StringComparison.Ordinal);
        Assert.Equal(ScaleAction.ScaleDown, down.Action);
    }

    [Fact]
    public void The_stabilization_window_needs_the_whole_window_of_lower_recommendations()
    {
        var spec = Step(max: 10, change: s => s with { StabilizationWindow = TimeSpan.FromSeconds(60) });
        var memory = ScalingMemory.Empty;
        var decisions = new List<ScaleDecision>();
        foreach (var (second, down) in new[] { (0, false), (30, true), (60, true), (89, true), (91, true) })
        {
            var d = Decide(spec, 4, false, down, memory, T0.AddSeconds(second));
            memory = d.Memory;
            decisions.Add(d);
        }

        Assert.Equal(
            [ScaleAction.Keep, ScaleAction.Hold, ScaleAction.Hold, ScaleAction.Hold, ScaleAction.ScaleDown],
            decisions.Select(d => d.Action).ToArray());
        Assert.Contains("stabiliz", decisions[1].Reason, StringComparison.Ordinal);
        Assert.Equal(3, decisions[^1].To);
    }

    [Fact]
    public void Step_limits_cap_the_change_per_period()
    {
        var spec = Target(new TargetTrackingSpec("rmq", TargetKind.WaitingPerReplica, 10), max: 50,
            change: s => s with { UpLimit = new StepLimitSpec(2, 50, TimeSpan.FromMinutes(1)) });
        var input = new ScalingInput(4, NoneUnknown, Target: Queue(waiting: 400));

        var first = ScalingPolicy.Decide(spec, input, ScalingMemory.Empty, T0);
        var second = ScalingPolicy.Decide(spec, input with { CurrentReplicas = 6 }, first.Memory, T0.AddSeconds(30));
        var third = ScalingPolicy.Decide(spec, input with { CurrentReplicas = 6 }, second.Memory, T0.AddSeconds(61));

        Assert.Equal((6, 40), (first.To!.Value, first.Desired!.Value)); // max(2, 50% of 4) = 2
        Assert.Equal(ScaleAction.Hold, second.Action);
        Assert.Contains("step limit", second.Reason, StringComparison.Ordinal);
        Assert.Equal(9, third.To); // a new period from 6: max(2, 3)
    }

    [Theory]
    [InlineData(95, 10, 10)]   // within 10 % of 10 replicas: keep
    [InlineData(150, 10, 15)]
    [InlineData(20, 10, 2)]
    [InlineData(0, 3, 1)]      // empty queue: down to min
    public void Waiting_per_replica_tracks_the_backlog(double waiting, int replicas, int expected)
    {
        var spec = Target(new TargetTrackingSpec("rmq", TargetKind.WaitingPerReplica, 10));

        var decision = ScalingPolicy.Decide(spec, new ScalingInput(replicas, NoneUnknown, Target: Queue(waiting)), ScalingMemory.Empty, T0);

        Assert.Equal(expected, decision.To);
    }

    [Theory]
    [InlineData(100, 50, 100, 2, 2)]  // need 50 + 100/2 = 100 msg/s at 50 per replica → 2: keep
    [InlineData(100, 50, 80, 2, 3)]   // need 100 msg/s at 40 per replica → 2.5 → 3
    [InlineData(400, 50, 100, 2, 5)]  // need 50 + 200 = 250 msg/s at 50/replica → 5
    [InlineData(0, 10, 100, 4, 1)]    // need 10 msg/s at 25/replica → 1
    [InlineData(10, 0, 0, 2, 3)]      // backlog and no measured drain rate: one more
    [InlineData(0, 0, 0, 2, 1)]       // idle: min
    public void Drain_time_tracks_backlog_and_rates(double waiting, double callRate, double execRate, int replicas, int expected)
    {
        var spec = Target(new TargetTrackingSpec("rmq", TargetKind.DrainSeconds, 2, 0.1));

        var decision = ScalingPolicy.Decide(spec, new ScalingInput(replicas, NoneUnknown, Target: Queue(waiting, callRate, execRate)), ScalingMemory.Empty, T0);

        Assert.Equal(expected, decision.To);
    }

    [Fact]
    public void Scale_to_zero_stops_an_idle_service_and_activation_starts_it()
    {
        var spec = Step(min: 2, max: 5, change: s => s with { ScaleToZero = new ScaleToZeroSpec("rmq:waiting > 0") });

        var stop = Decide(spec, 2, false, true);
        var stay = ScalingPolicy.Decide(spec, new ScalingInput(0, NoneUnknown, false, true, Activate: false), ScalingMemory.Empty, T0);
        var start = ScalingPolicy.Decide(spec, new ScalingInput(0, NoneUnknown, false, false, Activate: true), ScalingMemory.Empty, T0);

        Assert.Equal(0, stop.To);
        Assert.Equal(ScaleAction.Keep, stay.Action);
        Assert.Equal(2, start.To);
    }
}
