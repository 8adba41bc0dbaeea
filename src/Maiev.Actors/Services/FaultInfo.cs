namespace Maiev.Actors.Services;

/// <summary>A recorded child failure: which child, the error, and when.</summary>
internal sealed record FaultInfo(string Child, string Error, DateTimeOffset At);
