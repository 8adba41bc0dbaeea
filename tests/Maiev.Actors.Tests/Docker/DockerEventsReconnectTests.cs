using System.Net.Sockets;
using System.Threading.Channels;
using Maiev.Actors.Docker;
using Maiev.Actors.Tests.RabbitMq;
using Maiev.TestKit.Net;
using Maiev.TestKit.Servers;

namespace Maiev.Actors.Tests.Docker;

/// <summary>Following the event stream across a lost connection to the real engine.</summary>
public sealed class DockerEventsReconnectTests
{
    [ServerFact(Server.Docker)]
    public async Task Following_events_reconnects_after_the_engine_connection_is_cut_and_sees_later_updates()
    {
        using var docker = SwarmFixture.Client();
        var name = Unique.Name("clients-follow");
        var id = await docker.CreateServiceAsync(SwarmFixture.Service(name), CancellationToken.None);
        await using var proxy = new TcpProxy(new UnixDomainSocketEndPoint(new Uri(TestServers.DockerHost).AbsolutePath));
        using var followed = new DockerClient(new DockerEndpoint(new Uri($"tcp://127.0.0.1:{proxy.Port}")));
        using var stop = new CancellationTokenSource();
        var updates = Channel.CreateUnbounded<DockerEvent>();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds() * 1_000_000;
        var following = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in followed.FollowEventsAsync(["service"], TimeSpan.FromMilliseconds(500), since, stop.Token))
                {
                    if (e.ActorId == id && e.Action == "update")
                    {
                        await updates.Writer.WriteAsync(e);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        try
        {
            await docker.ScaleServiceAsync(name, 2, CancellationToken.None);
            await NextUpdateAsync(updates, after: 0, "the first scale");

            var beforeCut = proxy.ForwardedConnections;
            proxy.Cut();
            await Task.Delay(TimeSpan.FromSeconds(1)); // let the follower notice and fail at least one reconnect
            proxy.Restore();
            var secondScaleAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
            await docker.ScaleServiceAsync(name, 3, CancellationToken.None);

            var later = await NextUpdateAsync(updates, after: secondScaleAt, "the second scale, after the reconnect");
            Assert.Equal(name, later.Attributes.GetValueOrDefault("name"));
            Assert.True(proxy.ForwardedConnections > beforeCut, $"the follower should have connected again after the cut; connections before {beforeCut}, now {proxy.ForwardedConnections}");
        }
        finally
        {
            await stop.CancelAsync();
            await following;
            await SwarmFixture.RemoveQuietlyAsync(docker, name);
        }
    }

    private static async Task<DockerEvent> NextUpdateAsync(Channel<DockerEvent> updates, long after, string what)
    {
        using var timeout = new CancellationTokenSource(Poll.Patience);
        var seen = new List<long>();
        try
        {
            while (true)
            {
                var e = await updates.Reader.ReadAsync(timeout.Token);
                if (e.TimeNano > after)
                {
                    return e;
                }

                seen.Add(e.TimeNano);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no update event for {what} within {Poll.Patience.TotalSeconds:0} s; earlier ones at [{string.Join(", ", seen)}]");
            throw;
        }
    }
}
