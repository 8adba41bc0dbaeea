namespace Maiev.TestKit.Servers;

/// <summary>Unique names for queues, services, schemas and repositories, so tests can run side by side.</summary>
public static class Unique
{
    /// <summary>A lowercase name starting with <paramref name="prefix"/>, safe for queues, Swarm services and repositories.</summary>
    public static string Name(string prefix) =>
        $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
}
