namespace Maiev.Actors.Services;

/// <summary>A rule's current value and when it last changed.</summary>
internal sealed record RuleStatus(bool Value, DateTimeOffset Since);
