namespace Maiev.Actors.Services;

/// <summary>The last scale decision: from → to, why, and when.</summary>
internal sealed record DecisionSummary(int From, int To, string Reason, DateTimeOffset At);
