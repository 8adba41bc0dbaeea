using Microsoft.Extensions.Logging;

namespace Maiev.Runtime.Actors;

/// <summary>
/// Ordered shutdown of an <see cref="ActorSystem"/>: the phases of <see cref="ShutdownPhase"/> run one
/// after another; the tasks of one phase run concurrently. A task that throws or exceeds the step
/// timeout is logged and the shutdown goes on. Runs once, from <see cref="ActorSystem.TerminateAsync"/>.
/// </summary>
public sealed class CoordinatedShutdown
{
    private readonly ActorSystem _system;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<(string Name, Func<CancellationToken, Task> Run)>> _tasks = [];
    private bool _started;

    internal CoordinatedShutdown(ActorSystem system)
    {
        _system = system;
    }

    /// <summary>Adds a task to <paramref name="phase"/>.</summary>
    /// <param name="phase">One of <see cref="ShutdownPhase"/>.</param>
    /// <param name="name">Names the task in logs.</param>
    /// <param name="task">The work; its token is cancelled when the step timeout passes.</param>
    /// <exception cref="ArgumentException"><paramref name="phase"/> is not a known phase.</exception>
    /// <exception cref="InvalidOperationException">Shutdown has already started.</exception>
    public void AddTask(string phase, string name, Func<CancellationToken, Task> task)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(task);
        if (!ShutdownPhase.All.Contains(phase))
        {
            throw new ArgumentException($"Unknown shutdown phase '{phase}'; phases are {string.Join(", ", ShutdownPhase.All)}.", nameof(phase));
        }

        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException($"Cannot add shutdown task '{name}' to {_system}: shutdown has already started.");
            }

            if (!_tasks.TryGetValue(phase, out var list))
            {
                _tasks[phase] = list = [];
            }

            list.Add((name, task));
        }
    }

    internal async Task RunAsync()
    {
        lock (_lock)
        {
            _started = true;
        }

        foreach (var phase in ShutdownPhase.All)
        {
            var tasks = _tasks.TryGetValue(phase, out var list) ? list : [];
            using var cts = new CancellationTokenSource(_system.Options.ShutdownStepTimeout, TimeProvider.System);
            await Task.WhenAll(tasks.Select(t => RunOneAsync(phase, t.Name, t.Run, cts.Token))).ConfigureAwait(false);
        }
    }

    private async Task RunOneAsync(string phase, string name, Func<CancellationToken, Task> run, CancellationToken token)
    {
        try
        {
            await run(token).WaitAsync(_system.Options.ShutdownStepTimeout, TimeProvider.System, token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // one failing shutdown task must not stop the others
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ShutdownLog.TaskFailed(_system.RuntimeLogger, _system.Name, phase, name, ex);
        }
    }
}

/// <summary>Log messages of <see cref="CoordinatedShutdown"/>.</summary>
internal static partial class ShutdownLog
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Shutdown of {System}: task {Task} in phase {Phase} failed or timed out")]
    public static partial void TaskFailed(ILogger logger, string system, string phase, string task, Exception exception);
}
