namespace Maiev.Node.Dependencies;

/// <summary>
/// How to check one dependency: <paramref name="Check"/> returns the detail to show when it is up and throws when it
/// is down (the exception's message, which must hold no secret, becomes the detail after <paramref name="Describe"/>).
/// A null <paramref name="Check"/> means the dependency is not configured (state <c>disabled</c>).
/// </summary>
internal sealed record DependencyProbe(string Name, string Describe, Func<CancellationToken, Task<string>>? Check);
