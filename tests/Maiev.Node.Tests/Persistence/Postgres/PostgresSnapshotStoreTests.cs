using Maiev.Node.Persistence.Postgres;
using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;
using Maiev.TestKit.Servers;

namespace Maiev.Node.Tests.Persistence.Postgres;

/// <summary>The PostgreSQL snapshot store passes the conformance spec against the real server, in a schema of its own.</summary>
[NeedsServers(Server.Postgres)]
public sealed class PostgresSnapshotStoreTests(PostgresSchemaFixture schema) : SnapshotStoreSpec, IClassFixture<PostgresSchemaFixture>
{
    protected override ISnapshotStore CreateStore(EventTypeRegistry registry) => new PostgresSnapshotStore(schema.Open(), registry);
}
