namespace Maiev.Actors.Upgrades;

/// <summary>The outcome of <see cref="RegistryNotificationParser.Parse"/>: the events, or an error (never both).</summary>
/// <param name="Events">The events in body order (empty on error).</param>
/// <param name="Error">What is wrong with the body, or null when it was read.</param>
internal sealed record RegistryNotificationParseResult(IReadOnlyList<RegistryEvent> Events, RegistryNotificationError? Error)
{
    /// <summary>True when the body was read (it may still hold no relevant event).</summary>
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static RegistryNotificationParseResult Success(IReadOnlyList<RegistryEvent> events) => new(events, null);

    /// <summary>A failed result.</summary>
    public static RegistryNotificationParseResult Failure(RegistryNotificationError error) => new([], error);
}
