using System.Collections.Immutable;
using Maiev.Node.Persistence.Postgres;
using Maiev.Node.Persistence.Sqlite;
using Maiev.Node.Tests.CrashWriter;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;

// usage: CrashWriter sqlite|postgres SCHEMA PERSISTENCE_ID BATCH   (connection string in MAIEV_CRASH_CONNECTION)
// Recovers the highest sequence number, then appends batches forever, printing "confirmed N" after each commit.
// The parent kills it with SIGKILL at a random moment and checks the journal.
if (args.Length != 4 || Environment.GetEnvironmentVariable("MAIEV_CRASH_CONNECTION") is not { Length: > 0 } connection)
{
    Console.Error.WriteLine("usage: CrashWriter sqlite|postgres SCHEMA PERSISTENCE_ID BATCH, with MAIEV_CRASH_CONNECTION set");
    return 2;
}

var registry = new EventTypeRegistry().Register<CrashEvent>(CrashEvent.Manifest);
IJournal journal = args[0] switch
{
    "sqlite" => new SqliteJournal(new SqliteDatabase(connection), registry, TimeProvider.System),
    "postgres" => new PostgresJournal(new PostgresDatabase(connection, args[1]), registry, TimeProvider.System),
    _ => throw new ArgumentException($"unknown journal '{args[0]}'"),
};
var id = args[2];
var batch = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);

var next = await journal.ReadHighestSequenceNrAsync(id, CancellationToken.None) + 1;
Console.Out.WriteLine($"recovered {next - 1}");
Console.Out.Flush();
while (true)
{
    var events = Enumerable.Range(0, batch).Select(i => new EventToWrite(next + i, CrashEvent.For(next + i))).ToImmutableArray();
    await journal.WriteAsync(new AtomicWrite(id, events), CancellationToken.None);
    next += batch;
    Console.Out.WriteLine($"confirmed {next - 1}");
    Console.Out.Flush();
}
