using Maiev.Runtime.Persistence;
using Maiev.Runtime.Persistence.InMemory;
using Maiev.Runtime.Persistence.Serialization;
using Maiev.TestKit.Persistence;

namespace Maiev.Runtime.Tests.Persistence.InMemory;

/// <summary>The in-memory journal passes the conformance spec.</summary>
public sealed class InMemoryJournalTests : JournalSpec
{
    private InMemoryJournal? _shared;

    protected override IJournal CreateJournal(EventTypeRegistry registry, TimeProvider timeProvider) =>
        (_shared ??= new InMemoryJournal(registry, timeProvider)).WithRegistry(registry);
}
