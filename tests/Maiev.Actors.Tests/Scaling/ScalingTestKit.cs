using System.Collections.Immutable;
using Maiev.Actors.Metrics;
using Maiev.Actors.Specs;

namespace Maiev.Actors.Tests.Scaling;

internal static class ScalingTestKit
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static ServiceSpec Step(int? min = 1, int? max = 5, bool paused = false, Func<ScaleSpec, ScaleSpec>? change = null)
    {
        var scale = new ScaleSpec([new ResourceSpec("rmq", "monitorer_rabbitmq", "q")], [], "rmq:waiting > 10", "rmq:waiting == 0");
        return new ServiceSpec(min, max, DependencySpec.Empty, change is null ? scale : change(scale), paused, UpgradeSpec.Disabled);
    }

    public static ServiceSpec Target(TargetTrackingSpec target, int min = 1, int max = 20, Func<ScaleSpec, ScaleSpec>? change = null) =>
        Step(min, max, change: s => (change ?? (x => x))(s with { Mode = ScaleMode.Target, Target = target, ScaleUp = null, ScaleDown = null }));

    public static QueueMetrics Queue(double waiting, double callRate = 0, double execRate = 0, int consumers = 1) =>
        new(true, waiting, 0, null, null, null, callRate, execRate, consumers, null, T0);

    public static ImmutableArray<string> NoneUnknown => [];
}
