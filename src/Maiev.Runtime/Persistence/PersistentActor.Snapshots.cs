using Maiev.Runtime.Actors;

namespace Maiev.Runtime.Persistence;

/// <summary>Snapshots and deletes: run in the background, answered to the actor as messages.</summary>
public abstract partial class PersistentActor
{
    /// <summary>
    /// Saves <paramref name="snapshot"/> as the state at <see cref="LastSequenceNr"/>. The actor is sent
    /// <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/> (handle them with Command if needed).
    /// </summary>
    protected void SaveSnapshot(object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = new SnapshotMetadata(PersistenceId, LastSequenceNr, JournalTime.Now(Context.System.TimeProvider));
        _ = Persistence.Snapshots.SaveAsync(metadata, snapshot, CancellationToken.None)
            .ContinueWith(t => (object)(t.IsCompletedSuccessfully
                ? new SaveSnapshotSuccess(metadata)
                : new SaveSnapshotFailure(metadata, Unwrap(t))), TaskScheduler.Default)
            .PipeTo(Self);
    }

    /// <summary>Deletes this actor's snapshots matching <paramref name="criteria"/>; answered with <see cref="DeleteSnapshotsSuccess"/> or <see cref="DeleteSnapshotsFailure"/>.</summary>
    protected void DeleteSnapshots(SnapshotSelectionCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        _ = Persistence.Snapshots.DeleteAsync(PersistenceId, criteria, CancellationToken.None)
            .ContinueWith(t => (object)(t.IsCompletedSuccessfully
                ? new DeleteSnapshotsSuccess(criteria)
                : new DeleteSnapshotsFailure(criteria, Unwrap(t))), TaskScheduler.Default)
            .PipeTo(Self);
    }

    /// <summary>
    /// Deletes this actor's events up to <paramref name="toSequenceNr"/> (sequence numbers are never reused); answered
    /// with <see cref="DeleteMessagesSuccess"/> or <see cref="DeleteMessagesFailure"/>.
    /// </summary>
    protected void DeleteMessages(long toSequenceNr)
    {
        _ = Persistence.Journal.DeleteMessagesToAsync(PersistenceId, toSequenceNr, CancellationToken.None)
            .ContinueWith(t => (object)(t.IsCompletedSuccessfully
                ? new DeleteMessagesSuccess(toSequenceNr)
                : new DeleteMessagesFailure(toSequenceNr, Unwrap(t))), TaskScheduler.Default)
            .PipeTo(Self);
    }

    private static Exception Unwrap(Task task) =>
        task.Exception?.InnerExceptions.Count == 1 ? task.Exception.InnerException! : (Exception?)task.Exception ?? new TaskCanceledException(task);
}
