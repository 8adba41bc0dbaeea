using Maiev.Node.Persistence.Postgres;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Persistence.Postgres;

/// <summary>The PostgreSQL journal passes the conformance spec against the real server, in a schema of its own.</summary>
[NeedsServers(Server.Postgres)]
public sealed class PostgresJournalTests(PostgresSchemaFixture schema) : JournalSpec, IClassFixture<PostgresSchemaFixture>
{
    protected override IJournal CreateJournal(EventTypeRegistry registry, TimeProvider timeProvider) =>
        new PostgresJournal(schema.Open(), registry, timeProvider);
}
