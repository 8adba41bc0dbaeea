namespace Maiev.Actors.Hosting;

/// <summary>A named readiness check for <c>/readyz</c>: <paramref name="State"/> is cheap, thread-safe and never throws.</summary>
internal sealed record DependencyCheck(string Name, Func<DependencyState> State);
