using Maiev.Runtime.Actors;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

public sealed class AskAndPipeToTests
{
    private sealed record Question(int Value);

    private sealed class Silent : ReceiveActor
    {
        public Silent() => ReceiveAny(_ => { });
    }

    private sealed class Failer : ReceiveActor
    {
        public Failer() => ReceiveAny(_ => Sender.Tell(new StatusFailure(new InvalidOperationException("refused"))));
    }

    [Fact]
    public async Task Ask_returns_the_reply()
    {
        await using var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");

        var reply = await echo.Ask<Question>(new Question(42), TimeSpan.FromSeconds(5));

        Assert.Equal(new Question(42), reply);
    }

    [Fact]
    public async Task Ask_timeout_on_the_manual_clock_names_the_target_and_the_message_type()
    {
        await using var kit = new ActorTestKit();
        var silent = kit.ActorOf(Props.Create(() => new Silent()), "silent");

        var ask = silent.Ask<string>(new Question(1), TimeSpan.FromSeconds(5));
        kit.ManualClock.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
        Assert.Contains("/user/silent", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Question), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_is_cancelled_by_its_token()
    {
        await using var kit = new ActorTestKit();
        var silent = kit.ActorOf(Props.Create(() => new Silent()), "silent");
        using var cts = new CancellationTokenSource();

        var ask = silent.Ask<string>("x", TimeSpan.FromMinutes(1), cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ask);
    }

    [Fact]
    public async Task Ask_throws_the_cause_of_a_StatusFailure_reply()
    {
        await using var kit = new ActorTestKit();
        var failer = kit.ActorOf(Props.Create(() => new Failer()), "failer");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failer.Ask<string>("x", TimeSpan.FromSeconds(5)));

        Assert.Equal("refused", error.Message);
    }

    [Fact]
    public async Task Ask_with_a_reply_of_the_wrong_type_says_what_came_back()
    {
        await using var kit = new ActorTestKit();
        var echo = kit.ActorOf(Props.Create(() => new TestActors.Echo()), "echo");

        var error = await Assert.ThrowsAsync<InvalidCastException>(() => echo.Ask<int>("text", TimeSpan.FromSeconds(5)));

        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipeTo_sends_the_result_or_a_StatusFailure_with_the_given_sender()
    {
        await using var kit = new ActorTestKit();
        var probe = kit.CreateProbe();
        var sender = kit.CreateProbe();

        await Task.FromResult(7).PipeTo(probe, sender);
        await Task.FromException<int>(new InvalidOperationException("bad")).PipeTo(probe);

        Assert.Equal(7, await probe.ExpectMsgAsync<int>());
        Assert.Equal(sender, probe.LastSender);
        var failure = await probe.ExpectMsgAsync<StatusFailure>();
        Assert.Equal("bad", failure.Cause.Message);
    }
}
