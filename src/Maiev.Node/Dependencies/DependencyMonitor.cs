using Microsoft.Extensions.Logging;

namespace Maiev.Node.Dependencies;

/// <summary>
/// Checks the journal, RabbitMQ, Docker and the registry every interval and keeps their last state. A dependency
/// that cannot be reached is reported, never fatal; the next successful check turns it back to <c>up</c>.
/// </summary>
internal sealed partial class DependencyMonitor
{
    private readonly IReadOnlyList<DependencyProbe> _probes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _checkTimeout;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DependencyStatus> _states = new(StringComparer.Ordinal);

    /// <summary>Creates the monitor; every enabled dependency starts <c>unknown</c>.</summary>
    public DependencyMonitor(IReadOnlyList<DependencyProbe> probes, TimeProvider time, TimeSpan interval, ILogger logger)
    {
        _probes = probes;
        _time = time;
        _interval = interval;
        _checkTimeout = interval < TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : interval;
        _logger = logger;
        var now = time.GetUtcNow();
        foreach (var probe in probes)
        {
            _states[probe.Name] = probe.Check is null
                ? new DependencyStatus(probe.Name, DependencyStatus.Disabled, null, now)
                : new DependencyStatus(probe.Name, DependencyStatus.Unknown, null, now);
        }
    }

    /// <summary>The last known state of every dependency, in configuration order.</summary>
    public IReadOnlyList<DependencyStatus> Current
    {
        get
        {
            lock (_gate)
            {
                return _probes.Select(p => _states[p.Name]).ToList();
            }
        }
    }

    /// <summary>The state of one dependency.</summary>
    public DependencyStatus Get(string name)
    {
        lock (_gate)
        {
            return _states[name];
        }
    }

    /// <summary>Checks every dependency once, concurrently.</summary>
    public Task CheckAllAsync(CancellationToken ct) => Task.WhenAll(_probes.Where(p => p.Check is not null).Select(p => CheckAsync(p, ct)));

    /// <summary>Checks every interval until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await CheckAllAsync(ct).ConfigureAwait(false);
                await Task.Delay(_interval, _time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task CheckAsync(DependencyProbe probe, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_checkTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        string state;
        string detail;
        try
        {
            detail = await probe.Check!(linked.Token).ConfigureAwait(false);
            state = DependencyStatus.Up;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // Any failure of a dependency check means "down"; it must never stop the node.
        catch (Exception e)
#pragma warning restore CA1031
        {
            state = DependencyStatus.Down;
            detail = $"{probe.Describe}: {(e is OperationCanceledException ? $"no answer within {_checkTimeout.TotalSeconds:0.#}s" : Reason(e))}";
        }

        lock (_gate)
        {
            var previous = _states[probe.Name];
            if (previous.State != state)
            {
                Log.StateChanged(_logger, probe.Name, previous.State, state, detail);
                _states[probe.Name] = new DependencyStatus(probe.Name, state, detail, _time.GetUtcNow());
            }
            else if (previous.Detail != detail)
            {
                _states[probe.Name] = previous with { Detail = detail };
            }
        }
    }

    private static string Reason(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is HttpRequestException or AggregateException)
        {
            inner = inner.InnerException;
        }

        return inner.Message.ReplaceLineEndings(" ");
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Dependency {Name}: {From} -> {To} ({Detail})")]
        public static partial void StateChanged(ILogger logger, string name, string from, string to, string detail);
    }
}
