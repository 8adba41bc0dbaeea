namespace Maiev.Actors.Specs;

/// <summary>
/// Scale to zero: the scale-down step may go from <c>min</c> to 0, and a service at 0 replicas
/// starts again (to <c>max(min, 1)</c>) when <see cref="Activation"/> holds.
/// </summary>
/// <param name="Activation">The activation expression, e.g. <c>rmq:waiting &gt; 0 and rmq:consumers == 0</c>.</param>
internal sealed record ScaleToZeroSpec(string Activation);
