using System.Collections.Immutable;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.TestKit.Persistence;

/// <summary>A plain event of the conformance specs.</summary>
public sealed record TckEvent(string Text, long Number);

/// <summary>An event with many kinds of members, to prove the round trip.</summary>
public sealed record TckRichEvent(
    string Name,
    DateTimeOffset At,
    TimeSpan Duration,
    Guid Id,
    ImmutableArray<string> Items,
    ImmutableDictionary<string, double> Values,
    TckNested Nested);

/// <summary>A nested member of <see cref="TckRichEvent"/>.</summary>
public sealed record TckNested(bool Flag, decimal Amount, string? Missing);

/// <summary>A snapshot of the conformance specs.</summary>
public sealed record TckSnapshot(string State, long Size);

/// <summary>A type deliberately never registered: writing it must be rejected.</summary>
public sealed record TckUnregistered(string Text);

/// <summary>A registered type System.Text.Json refuses (a reference cycle): writing it must be rejected.</summary>
public sealed class TckCycle
{
    /// <summary>Points back at itself.</summary>
    public TckCycle? Next { get; set; }
}

/// <summary>The registry every conformance spec uses.</summary>
public static class TckRegistry
{
    /// <summary>A registry with every TCK type.</summary>
    public static EventTypeRegistry Create() => new EventTypeRegistry()
        .Register<TckEvent>("tck.event")
        .Register<TckRichEvent>("tck.rich-event", version: 2)
        .Register<TckSnapshot>("tck.snapshot")
        .Register<TckCycle>("tck.cycle");

    /// <summary>A registry that knows only <see cref="TckSnapshot"/>: reading a <see cref="TckEvent"/> with it must fail.</summary>
    public static EventTypeRegistry WithoutEvents() => new EventTypeRegistry().Register<TckSnapshot>("tck.snapshot");
}
