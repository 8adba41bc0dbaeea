using System.Text.Json;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace Maiev.Node.Persistence.Postgres;

/// <summary>
/// The cluster journal on PostgreSQL. An atomic write is one transaction sent as one batch: take the offset counter
/// (serializing appends so offsets follow commit order), insert every event with one <c>unnest</c> insert, insert tags,
/// and advance the id's highest sequence number. <c>UNIQUE (persistence_id, sequence_nr)</c> is the fence between
/// writers: its violation (23505) is a <see cref="JournalConcurrencyException"/>; any other error, a lost connection
/// included, is a <see cref="JournalWriteFailedException"/> — never a success.
/// </summary>
internal sealed partial class PostgresJournal : IJournal
{
    private readonly PostgresDatabase _database;
    private readonly EventTypeRegistry _registry;
    private readonly TimeProvider _timeProvider;
    private readonly string _insertEvents;
    private readonly string _insertTags;
    private readonly string _advanceHighest;

    public PostgresJournal(PostgresDatabase database, EventTypeRegistry registry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = database;
        _registry = registry;
        _timeProvider = timeProvider;
        _insertEvents = database.Sql(
            "WITH o AS (UPDATE {s}.journal_offset SET last_ordering = last_ordering + cardinality($2::bigint[]) WHERE id = 1 " +
            "RETURNING last_ordering - cardinality($2::bigint[]) AS base) " +
            "INSERT INTO {s}.journal (ordering, persistence_id, sequence_nr, manifest, version, payload, tags, written_at) " +
            "SELECT o.base + e.n, $1, e.seq, e.manifest, e.version, e.payload, " +
            "ARRAY(SELECT jsonb_array_elements_text(e.tags)), $7 " +
            "FROM o, unnest($2::bigint[], $3::text[], $4::integer[], $5::bytea[], $6::jsonb[]) " +
            "WITH ORDINALITY AS e(seq, manifest, version, payload, tags, n)");
        _insertTags = database.Sql(
            "INSERT INTO {s}.journal_tags (tag, ordering) SELECT DISTINCT t.tag, j.ordering " +
            "FROM unnest($2::bigint[], $3::text[]) AS t(seq, tag) " +
            "JOIN {s}.journal j ON j.persistence_id = $1 AND j.sequence_nr = t.seq");
        _advanceHighest = database.Sql(
            "INSERT INTO {s}.journal_metadata (persistence_id, highest_sequence_nr) VALUES ($1, $2) " +
            "ON CONFLICT (persistence_id) DO UPDATE SET highest_sequence_nr = EXCLUDED.highest_sequence_nr " +
            "WHERE {s}.journal_metadata.highest_sequence_nr < $3");
    }

    /// <inheritdoc />
    public async Task WriteAsync(AtomicWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var events = _registry.SerializeWrite(write); // a rejection throws here, before the store is touched
        var writtenAt = JournalTime.Now(_timeProvider);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(InsertEvents(write, events, writtenAt));
            if (TagRows(write) is { } tagRows)
            {
                batch.BatchCommands.Add(tagRows);
            }

            var advance = new NpgsqlBatchCommand(_advanceHighest);
            advance.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.PersistenceId });
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = write.HighestSequenceNr });
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = write.LowestSequenceNr });
            batch.BatchCommands.Add(advance);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            if (advance.RecordsAffected != 1)
            {
                // Events at these numbers were written and deleted by someone else: the id has moved past us.
                await transaction.RollbackAsync(CancellationToken.None);
                throw new JournalConcurrencyException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr);
            }

            // No token: a commit under way must finish, or its outcome is unknown (reported as a failed write).
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (NpgsqlException error)
        {
            throw PostgresErrors.ForWrite(write, error);
        }
        catch (Exception error) when (error is not JournalException and not OperationCanceledException)
        {
            // Anything else (I/O, a schema this build does not know) leaves the outcome unknown too.
            throw new JournalWriteFailedException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error, isTransient: false);
        }
    }

    private NpgsqlBatchCommand InsertEvents(AtomicWrite write, System.Collections.Immutable.ImmutableArray<SerializedEvent> events, DateTimeOffset writtenAt)
    {
        var command = new NpgsqlBatchCommand(_insertEvents);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.PersistenceId });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. write.Events.Select(e => e.SequenceNr)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. events.Select(e => e.Manifest)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. events.Select(e => e.Version)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. events.Select(e => e.Data)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
            TypedValue = [.. write.Events.Select(e => e.Tags.IsDefaultOrEmpty ? "[]" : JsonSerializer.Serialize(e.Tags.ToArray()))],
        });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = writtenAt });
        return command;
    }

    private NpgsqlBatchCommand? TagRows(AtomicWrite write)
    {
        var rows = write.Events.Where(e => !e.Tags.IsDefaultOrEmpty).SelectMany(e => e.Tags.Select(t => (e.SequenceNr, Tag: t))).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(_insertTags);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.PersistenceId });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.SequenceNr)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Tag)] });
        return command;
    }
}
