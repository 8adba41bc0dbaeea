namespace Maiev.Runtime.Actors;

/// <summary>A failed outcome sent as a message: <c>Ask</c> throws <see cref="Cause"/>; <c>PipeTo</c> sends it when a task fails.</summary>
/// <param name="Cause">What went wrong.</param>
public sealed record StatusFailure(Exception Cause);
