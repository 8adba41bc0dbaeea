using System.Net;
using Maiev.Node.Hosting;
using Maiev.Runtime.Actors;

namespace Maiev.Node.Tests.Node;

/// <summary>
/// When the actors do not answer within <c>maiev.runtime.ask-timeout</c> the endpoints answer 503 ProblemDetails.
/// A silent actor stands in for the region and the directory here (tests only; the shipped node uses the real ones).
/// </summary>
public sealed class UnavailableTests
{
    [Fact]
    public async Task Endpoints_answer_503_unavailable_when_the_actors_do_not_reply_in_time()
    {
        // Arrange
        await using var node = await TestNode.StartAsync(
            env => env["MAIEV__RUNTIME__ASK_TIMEOUT"] = "500ms",
            actors: (context, _) =>
            {
                var silent = context.System.ActorOf(Props.Create(() => new SilentActor()), "silent");
                return Task.FromResult(new NodeActors(silent, silent, silent, () => ValueTask.CompletedTask));
            });

        // Act
        var list = await node.GetAsync("/api/v1/services");
        var detail = await node.GetAsync("/api/v1/services/orders");
        var pause = await node.SendAsync(HttpMethod.Post, "/api/v1/services/orders/pause");
        var health = await node.GetAsync("/healthz");

        // Assert
        foreach (var answer in new[] { list, detail, pause })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
            Assert.Equal("urn:maiev:problem:unavailable", answer.Body.GetProperty("type").GetString());
            Assert.Contains("retry", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, health.Status);
    }

    [Fact]
    public async Task Stream_of_a_service_that_is_not_monitored_answers_404()
    {
        await using var node = await TestNode.StartAsync();

        var answer = await node.GetAsync("/api/v1/stream?service=never-monitored");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("urn:maiev:problem:not-found", answer.Body.GetProperty("type").GetString());
    }

    private sealed class SilentActor : ReceiveActor
    {
        public SilentActor() => ReceiveAny(_ => { });
    }
}
