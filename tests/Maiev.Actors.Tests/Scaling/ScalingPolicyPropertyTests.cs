using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;
using static Maiev.Actors.Tests.Scaling.ScalingTestKit;

namespace Maiev.Actors.Tests.Scaling;

/// <summary>
/// Random specs and sample sequences (fixed seed, so every run checks the same 400 scenarios)
/// driven through <see cref="ScalingPolicy.Decide"/>, applying each decision, while checking the
/// policy's promises on every step.
/// </summary>
public sealed class ScalingPolicyPropertyTests
{
    private const int Scenarios = 400;
    private const int Steps = 150;

    [Fact]
    public void Policies_keep_their_promises_on_random_sequences()
    {
        var random = new Random(20260301);
        var checkedDecisions = 0;
        var changes = 0;
        var holdsOnUnknown = 0;
        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            var spec = RandomSpec(random);
            var scale = spec.Scale!;
            var min = spec.Min!.Value;
            var max = spec.Max!.Value;
            var floor = scale.ScaleToZero is null ? min : 0;
            var replicas = floor == 0 && random.Next(3) == 0 ? 0 : random.Next(min, max + 1);
            var memory = ScalingMemory.Empty;
            var now = T0;
            var history = new List<ReplicaChange>();
            var recommendations = new List<Recommendation>();
            for (var step = 0; step < Steps; step++)
            {
                now = now.AddSeconds(random.Next(1, 40));
                var input = RandomInput(random, replicas);
                var decision = ScalingPolicy.Decide(spec, input, memory, now);
                void Check(bool ok, string what)
                {
                    if (!ok)
                    {
                        Assert.Fail($"{what}: scenario {scenario} step {step} at +{(now - T0).TotalSeconds}s, {decision.Action} {decision.From}→{decision.To} ({decision.Reason}); spec {spec.Scale} min {spec.Min} max {spec.Max}");
                    }
                }

                checkedDecisions++;

                Check(decision.From == replicas, "from is not the current replicas");
                Check(!decision.Reason.Contains("outside [min", StringComparison.Ordinal), "replicas were outside the bounds");
                if (!decision.Changes)
                {
                    Check(decision.To == replicas, "no change must keep the replicas");
                }
                else
                {
                    var to = decision.To!.Value;
                    Check((to >= min || to == floor) && to <= max, $"replicas outside [{min}, {max}] (or {floor})");
                    Check(input.UnknownResources.IsEmpty, "scaled on unknown metrics");
                    var up = to > replicas;
                    var last = history.LastOrDefault();
                    var cooldown = up ? scale.ScaleUpCooldown : scale.ScaleDownCooldown;
                    Check(last is null || now - last.At >= cooldown, "cooldown not honoured");
                    var lastSame = history.LastOrDefault(c => (c.To > c.From) == up);
                    Check(scale.Mode != ScaleMode.Step || lastSame is null || now - lastSame.At >= scale.RepeatDelay, "repeat delay not honoured");
                    if ((up ? scale.UpLimit : scale.DownLimit) is { } limit)
                    {
                        var basis = history.FirstOrDefault(c => c.At > now - limit.Period)?.From ?? replicas;
                        var exempt = (up && to == min && replicas == 0) || (!up && to == 0); // start from zero / stop to zero
                        Check(exempt || (up ? to - basis : basis - to) <= limit.Allowance(basis), $"step limit {limit} from {basis} not honoured");
                    }

                    if (!up && scale.StabilizationWindow > TimeSpan.Zero)
                    {
                        var edge = now - scale.StabilizationWindow;
                        Check(now - T0 >= scale.StabilizationWindow, "scaled down before a full window was observed");
                        var standing = recommendations.LastOrDefault(r => r.At <= edge);
                        var window = recommendations.Where(r => r.At > edge).Append(standing).OfType<Recommendation>();
                        Check(window.All(r => r.Replicas <= to), "scaled below a recommendation within the stabilization window");
                    }

                    history.Add(new ReplicaChange(now, replicas, to));
                    replicas = to;
                    changes++;
                }

                if (!input.UnknownResources.IsEmpty)
                {
                    holdsOnUnknown++;
                }
                else if (decision.Desired is { } desired)
                {
                    recommendations.Add(new Recommendation(now, desired));
                }

                memory = decision.Memory;
            }
        }

        // The scenarios must actually exercise the policy, not just hold.
        Assert.True(changes > Scenarios, $"only {changes} changes in {checkedDecisions} decisions");
        Assert.True(holdsOnUnknown > Scenarios, $"only {holdsOnUnknown} passes with unknown metrics");
    }

    private static ServiceSpec RandomSpec(Random random)
    {
        var min = random.Next(0, 4);
        var max = min + random.Next(0, 9);
        TimeSpan Seconds(int most) => random.Next(3) == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(random.Next(0, most));
        StepLimitSpec? Limit() => random.Next(3) == 0
            ? null
            : new StepLimitSpec(random.Next(2) == 0 ? random.Next(1, 4) : null, random.Next(2) == 0 ? random.Next(10, 200) : 50, TimeSpan.FromSeconds(random.Next(10, 120)));
        var target = random.Next(2) == 0
            ? null
            : new TargetTrackingSpec("rmq", random.Next(2) == 0 ? TargetKind.DrainSeconds : TargetKind.WaitingPerReplica, random.Next(1, 20), random.NextDouble() * 0.3);
        var scale = new ScaleSpec(
            [new ResourceSpec("rmq", "monitorer_rabbitmq", "q")], [], "x", "y",
            target is null ? ScaleMode.Step : ScaleMode.Target, target,
            Seconds(120), Seconds(180), Seconds(200), Seconds(60), Limit(), Limit(),
            random.Next(4) == 0 ? new ScaleToZeroSpec("rmq:waiting > 0") : null);
        return new ServiceSpec(min, max, DependencySpec.Empty, scale, false, UpgradeSpec.Disabled);
    }

    private static ScalingInput RandomInput(Random random, int replicas)
    {
        var unknown = random.Next(7) == 0;
        var waiting = random.Next(3) == 0 ? 0 : random.Next(0, 500);
        var exec = random.Next(3) == 0 ? 0 : random.NextDouble() * 200;
        return new ScalingInput(
            replicas,
            unknown ? ["rmq"] : NoneUnknown,
            random.Next(3) == 0,
            random.Next(2) == 0,
            random.Next(2) == 0,
            unknown ? null : Queue(waiting, random.NextDouble() * 50, exec, replicas));
    }
}
