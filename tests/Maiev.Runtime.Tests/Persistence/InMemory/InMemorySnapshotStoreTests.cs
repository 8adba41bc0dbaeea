using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;

namespace Maiev.Runtime.Tests.Persistence.InMemory;

/// <summary>The in-memory snapshot store passes the conformance spec.</summary>
public sealed class InMemorySnapshotStoreTests : SnapshotStoreSpec
{
    protected override ISnapshotStore CreateStore(EventTypeRegistry registry) => new InMemorySnapshotStore(registry);
}
