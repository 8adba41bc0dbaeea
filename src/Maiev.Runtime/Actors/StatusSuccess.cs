namespace Maiev.Runtime.Actors;

/// <summary>A successful outcome without a result, sent by <c>PipeTo</c> on a plain <see cref="Task"/>.</summary>
/// <param name="Value">An optional value.</param>
public sealed record StatusSuccess(object? Value);
