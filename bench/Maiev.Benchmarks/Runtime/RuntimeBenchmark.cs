using Maiev.Benchmarks.Harness;
using Maiev.Runtime.Actors;

namespace Maiev.Benchmarks.Runtime;

/// <summary>
/// The actor runtime: ping-pong and fan-out against raw System.Threading.Channels doing the same
/// work in the same run, and the memory an idle actor costs.
/// </summary>
internal sealed class RuntimeBenchmark : IBenchmark
{
    private const int PingPongMessages = 200_000;
    private const int FanOutActors = 1_000;
    private const int FanOutPerActor = 200;

    public string Suite => "runtime";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using var system = ActorSystem.Create("bench");

        var channelPingPong = await Measure.RatePerSecondAsync(() => ChannelBaselines.PingPongAsync(PingPongMessages), PingPongMessages);
        var actorPingPong = await Measure.RatePerSecondAsync(() => ActorWorkloads.PingPongAsync(system, PingPongMessages), PingPongMessages);
        report.Figure("ping-pong, raw channels (baseline)", channelPingPong, "msg/s");
        report.Figure("ping-pong, actors", actorPingPong, "msg/s");
        report.Ratio("ping-pong actors / channels", actorPingPong, channelPingPong, ">= 0.5");

        const long fanOutTotal = (long)FanOutActors * FanOutPerActor;
        var channelFanOut = await Measure.RatePerSecondAsync(() => ChannelBaselines.FanOutAsync(FanOutActors, FanOutPerActor), fanOutTotal, rounds: 3);
        var actorFanOut = await Measure.RatePerSecondAsync(() => ActorWorkloads.FanOutAsync(system, FanOutActors, FanOutPerActor), fanOutTotal, rounds: 3);
        report.Figure($"fan-out to {FanOutActors:N0} channel readers (baseline)", channelFanOut, "msg/s");
        report.Figure($"fan-out to {FanOutActors:N0} actors", actorFanOut, "msg/s");
        report.Ratio("fan-out actors / channels", actorFanOut, channelFanOut, "informational");

        var idleActors = int.TryParse(Environment.GetEnvironmentVariable("MAIEV_BENCH_IDLE_ACTORS"), out var n) ? n : 1_000_000;
        var bytesPerActor = await ActorWorkloads.BytesPerIdleActorAsync(idleActors);
        report.Figure($"bytes per idle actor ({idleActors:N0} actors)", bytesPerActor, "B");
        report.Figure("1,000,000 idle actors", bytesPerActor * 1_000_000 / (1024.0 * 1024 * 1024), "GiB (goal: < 1)");
    }
}
