using System.Runtime.InteropServices;

namespace Maiev.Samples.Workload;

/// <summary>
/// Turns SIGTERM and SIGINT into a cancellation, so the workload can close its channel and exit 0
/// instead of being killed when Swarm stops a task (PID 1 in a container).
/// </summary>
internal sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
        ];
    }

    /// <summary>Cancelled when the first SIGTERM or SIGINT arrives.</summary>
    public CancellationToken Token => _cts.Token;

    /// <summary>The signal that cancelled <see cref="Token"/>, if any.</summary>
    public PosixSignal? Received { get; private set; }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cts.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Keep the runtime from terminating the process: the workload shuts down on its own.
        context.Cancel = true;
        Received ??= context.Signal;
        _cts.Cancel();
    }
}
