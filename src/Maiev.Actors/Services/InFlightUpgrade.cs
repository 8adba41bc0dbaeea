namespace Maiev.Actors.Services;

/// <summary>The upgrade a service is in the middle of (persisted state): target, start, and the last state its actor reported.</summary>
internal sealed record InFlightUpgrade(string Target, string? From, DateTimeOffset StartedAt, string State);
