namespace Maiev.Runtime.Persistence;

/// <summary>Recovery: latest matching snapshot, then the events after it, then <see cref="RecoveryCompleted"/>.</summary>
public abstract partial class PersistentActor
{
    /// <summary>
    /// Called when recovery fails (store unreachable, unknown manifest, a recovery handler threw); the actor stops
    /// afterwards. Logs the error by default.
    /// </summary>
    protected virtual void OnRecoveryFailure(Exception cause) => PersistenceLog.RecoveryFailed(Log, PersistenceId, cause);

    private async Task RecoverAsync()
    {
        try
        {
            var from = 1L;
            var snapshot = await Persistence.Snapshots.LoadAsync(PersistenceId, RecoverySnapshot, CancellationToken.None);
            if (snapshot is not null)
            {
                LastSequenceNr = snapshot.Metadata.SequenceNr;
                from = snapshot.Metadata.SequenceNr + 1;
                DispatchRecover(new SnapshotOffer(snapshot.Metadata, snapshot.Snapshot));
            }

            await foreach (var e in Persistence.Journal.ReplayAsync(PersistenceId, from, long.MaxValue, long.MaxValue, CancellationToken.None))
            {
                LastSequenceNr = e.SequenceNr;
                DispatchRecover(e.Payload);
            }

            // Deleted events still count: numbering goes on after the highest ever written.
            var highest = await Persistence.Journal.ReadHighestSequenceNrAsync(PersistenceId, CancellationToken.None);
            LastSequenceNr = Math.Max(LastSequenceNr, highest);
            _recovered = true;
            DispatchRecover(RecoveryCompleted.Instance);
        }
#pragma warning disable CA1031 // any recovery failure stops the actor; its supervisor restarts it with backoff
        catch (Exception cause)
#pragma warning restore CA1031
        {
            _recovered = false;
            OnRecoveryFailure(cause);
            StopAfterFailure();
        }
    }

    private void DispatchRecover(object message)
    {
        foreach (var handler in _recoverHandlers)
        {
            if (handler.TryHandle(message, out _))
            {
                return;
            }
        }
    }

    private void StopAfterFailure()
    {
        _stopping = true;
        _pending.Clear();
        Context.Stop(Self);
    }
}
