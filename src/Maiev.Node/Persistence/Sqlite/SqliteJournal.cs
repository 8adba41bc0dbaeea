using System.Text.Json;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Microsoft.Data.Sqlite;

namespace Maiev.Node.Persistence.Sqlite;

/// <summary>
/// The embedded journal: one SQLite file in WAL mode. Each atomic write is one <c>BEGIN IMMEDIATE</c> transaction; the
/// file's single-writer lock makes offsets (the AUTOINCREMENT key) follow commit order, so the global read is gap-safe.
/// </summary>
internal sealed partial class SqliteJournal : IJournal
{
    private readonly SqliteDatabase _database;
    private readonly EventTypeRegistry _registry;
    private readonly TimeProvider _timeProvider;

    public SqliteJournal(SqliteDatabase database, EventTypeRegistry registry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _registry = registry;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var events = _registry.SerializeWrite(write); // throws the rejection before anything is touched
        var writtenAt = JournalTime.ToUnixMicroseconds(JournalTime.Now(_timeProvider));
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO journal (persistence_id, sequence_nr, manifest, version, payload, tags, written_at) " +
                "VALUES ($pid, $seq, $manifest, $version, $payload, $tags, $at) RETURNING ordering;";
            var pid = insert.Parameters.Add("$pid", SqliteType.Text);
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var manifest = insert.Parameters.Add("$manifest", SqliteType.Text);
            var version = insert.Parameters.Add("$version", SqliteType.Integer);
            var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
            var tags = insert.Parameters.Add("$tags", SqliteType.Text);
            insert.Parameters.AddWithValue("$at", writtenAt);
            pid.Value = write.PersistenceId;
            for (var i = 0; i < events.Length; i++)
            {
                var e = write.Events[i];
                seq.Value = e.SequenceNr;
                manifest.Value = events[i].Manifest;
                version.Value = events[i].Version;
                payload.Value = events[i].Data;
                tags.Value = e.Tags.IsDefaultOrEmpty ? "[]" : JsonSerializer.Serialize(e.Tags.ToArray());
                var ordering = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
                if (!e.Tags.IsDefaultOrEmpty)
                {
                    await InsertTagsAsync(connection, transaction, e.Tags, ordering, cancellationToken);
                }
            }

            if (!await AdvanceHighestAsync(connection, transaction, write, cancellationToken))
            {
                transaction.Rollback();
                throw new JournalConcurrencyException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr);
            }

            // No token: once the commit is under way it must finish, or its outcome is unknown.
            transaction.Commit();
        }
        catch (SqliteException error)
        {
            throw SqliteErrors.ForWrite(write, error);
        }
        catch (Exception error) when (error is not JournalException and not OperationCanceledException)
        {
            // Anything else (I/O, a schema this build does not know) leaves the outcome unknown too.
            throw new JournalWriteFailedException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error, isTransient: false);
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    private static async Task InsertTagsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> tags, long ordering, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO journal_tags (tag, ordering) VALUES ($tag, $ordering);";
        var tag = command.Parameters.Add("$tag", SqliteType.Text);
        command.Parameters.AddWithValue("$ordering", ordering);
        foreach (var t in tags)
        {
            tag.Value = t;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Records the new highest sequence number unless an equal or higher one exists (deleted events included).</summary>
    private static async Task<bool> AdvanceHighestAsync(
        SqliteConnection connection, SqliteTransaction transaction, AtomicWrite write, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO journal_metadata (persistence_id, highest_sequence_nr) VALUES ($pid, $last) " +
            "ON CONFLICT (persistence_id) DO UPDATE SET highest_sequence_nr = excluded.highest_sequence_nr " +
            "WHERE journal_metadata.highest_sequence_nr < $first;";
        command.Parameters.AddWithValue("$pid", write.PersistenceId);
        command.Parameters.AddWithValue("$last", write.HighestSequenceNr);
        command.Parameters.AddWithValue("$first", write.LowestSequenceNr);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
