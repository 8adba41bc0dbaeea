using Maiev.Actors.Docker;
using Maiev.Actors.RabbitMq;
using Maiev.Actors.Registry;
using Maiev.Node.Api;
using Maiev.Node.Dependencies;
using Maiev.Node.Metrics;
using Maiev.Node.Persistence;
using Maiev.Node.Streaming;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Maiev.Node.Hosting;

/// <summary>
/// A running node: the journal, the actor system with Maiev's actors, the dependency monitor and the HTTP endpoints.
/// <see cref="StopAsync"/> (or SIGTERM when run by <see cref="NodeProgram"/>) stops intake first, lets requests and
/// journal writes in flight finish, then stops the actors and closes the journal, all within the shutdown timeout.
/// </summary>
internal sealed class MaievNode : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly NodeContext _context;
    private readonly PersistenceStores _stores;
    private readonly IDisposable[] _clients;
    private readonly CancellationTokenSource _monitorStop = new();
    private Task _monitorLoop;
    private readonly ILoggerFactory? _ownedLoggers;
    private int _stopped;

    private MaievNode(WebApplication app, NodeContext context, PersistenceStores stores, IDisposable[] clients, Task monitorLoop, ILoggerFactory? ownedLoggers)
    {
        _app = app;
        _context = context;
        _stores = stores;
        _clients = clients;
        _monitorLoop = monitorLoop;
        _ownedLoggers = ownedLoggers;
    }

    /// <summary>The addresses the node listens on (with the real port when 0 was asked).</summary>
    public IReadOnlyList<Uri> Urls => [.. _app.Urls.Select(u => new Uri(u))];

    /// <summary>The node's settings.</summary>
    public NodeSettings Settings => _context.Settings;

    /// <summary>The actor system (tests look at it).</summary>
    public ActorSystem System => _context.System;

    /// <summary>The id of the last event published on <c>/api/v1/stream</c>.</summary>
    public long LastStreamEventId => _context.Stream.LastId;

    /// <summary>Completes when the host begins stopping (SIGTERM, Ctrl+C or <see cref="StopAsync"/>).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts a node.</summary>
    /// <exception cref="NodeStartupException">The node must not start; the message says why and what to do.</exception>
    public static async Task<MaievNode> StartAsync(NodeSettings settings, Config config, NodeStartOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        if (!settings.IsLoopbackOnly && settings.Token is null)
        {
            throw new NodeStartupException(
                $"refusing to listen on {settings.Host}: beyond loopback the admin API needs a token. Set maiev.http.token " +
                "(e.g. MAIEV_HTTP_TOKEN or MAIEV__HTTP__TOKEN) or listen on 127.0.0.1.");
        }

        var time = options.Time;
        var ownedLoggers = options.LoggerFactory is null
            ? LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning))
            : null;
        var loggers = options.LoggerFactory ?? ownedLoggers!;
        if (settings.SqlitePath is { } path && Path.GetDirectoryName(path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var events = new EventTypeRegistry();
        var metrics = new NodeMetrics();
        var stores = PersistenceStores.Create(settings.Persistence, events, time);
        var journal = new TimedJournal(stores.Journal, metrics, time);
        // maiev.runtime.* (throughput, ask timeout, shutdown step timeout, supervisor budget).
        var system = ActorSystem.Create("maiev", config, time, loggers);
        var docker = new DockerClient(settings.Docker, time);
        var registry = settings.RegistryUrl is { } registryUrl ? new RegistryClient(registryUrl, time: time) : null;
        var rabbitMq = new RabbitMqManagementClient(settings.RabbitMq, time);
        var registryHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var actors = await (options.Actors ?? RealActors.StartAsync)(
            new NodeActorsContext(system, settings, journal, stores.Snapshots, events, docker, registry, time), ct).ConfigureAwait(false);
        var monitor = new DependencyMonitor(DependencyProbes.Create(settings, journal, rabbitMq, docker, registryHttp), time,
            settings.DependencyCheckInterval, loggers.CreateLogger<DependencyMonitor>());
        var hub = new StreamHub(settings.StreamBuffer);
        system.ActorOf(ServiceFeedActor.Props(system.EventStream, hub, metrics), "node-feed");
        var context = new NodeContext(settings, config, options.Origins, system, actors, journal, monitor, hub, metrics,
            new ActorGateway(settings.AskTimeout), docker, time.GetUtcNow(), time);

        var app = BuildApp(context, loggers);
        var node = new MaievNode(app, context, stores, [docker, rabbitMq, registryHttp, .. registry is null ? Array.Empty<IDisposable>() : [registry]],
            Task.CompletedTask, ownedLoggers);
        await monitor.CheckAllAsync(ct).ConfigureAwait(false);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Typically the port is taken (another node?): undo what started and say so plainly.
            await node.StopAsync().ConfigureAwait(false);
            throw new NodeStartupException(
                $"cannot listen on http://{settings.Host}:{settings.Port}: {e.Message} " +
                "Is another node running? Choose another port with MAIEV__HTTP__PORT.");
        }

        var statusWatcher = new StatusWatcher(context, settings.RabbitMqPollInterval);
        node._monitorLoop = Task.WhenAll(monitor.RunAsync(node._monitorStop.Token), statusWatcher.RunAsync(node._monitorStop.Token));
        return node;
    }

    /// <summary>Waits until the host is asked to stop (SIGTERM, Ctrl+C), then stops gracefully.</summary>
    public async Task WaitForShutdownAsync(CancellationToken ct)
    {
        var stopping = new TaskCompletionSource();
        using (_app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult()))
        using (ct.Register(() => stopping.TrySetResult()))
        {
            await stopping.Task.ConfigureAwait(false);
        }

        await StopAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Stops gracefully: no new requests, in-flight requests finish, the stream clients are told goodbye, the actors
    /// stop (persisting what they were writing), the journal closes. Gives up after the shutdown timeout.
    /// </summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        var timeout = _context.Settings.ShutdownTimeout;
        using var deadline = new CancellationTokenSource(timeout, _context.Time);
        _context.Stream.Complete();
        try
        {
            await _app.StopAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Requests still running at the deadline are abandoned.
        }
        catch (ObjectDisposedException)
        {
            // The host never started (e.g. its port was taken) and has already torn itself down.
        }

        await _monitorStop.CancelAsync().ConfigureAwait(false);
        await _monitorLoop.ConfigureAwait(false);
        try
        {
            // The coordinated shutdown hands the shards off (services finish what they persist), then stops /user;
            // only then are the actors' own clients released.
            await _context.System.TerminateAsync().WaitAsync(deadline.Token).ConfigureAwait(false);
            await _context.Actors.Stop().AsTask().WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The actors did not stop within the timeout; the process exits anyway.
        }

        await _stores.DisposeAsync().ConfigureAwait(false);
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // Already disposed by a failed start.
        }

        _monitorStop.Dispose();
        _ownedLoggers?.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>The lines printed at start: where the node listens and what it is connected to (no secrets).</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        foreach (var url in _app.Urls)
        {
            lines.Add($"maiev node {_context.Settings.NodeId} listening on {url} (admin token {(_context.Settings.Token is null ? "not required: loopback only" : "required")})");
        }

        foreach (var d in _context.Dependencies.Current)
        {
            lines.Add($"  {d.Name,-9} {d.State,-8} {d.Detail ?? ""}".TrimEnd());
        }

        return lines;
    }

    private static WebApplication BuildApp(NodeContext context, ILoggerFactory loggers)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(context.Settings.BindUrl);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = context.Settings.ShutdownTimeout);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = RequestBody.Limit + 1);
        NodeOpenApi.Add(builder.Services);
        var app = builder.Build();
        NodeEndpoints.Map(app, context);
        return app;
    }
}
