using Xunit;

namespace Maiev.TestKit.Servers;

/// <summary>
/// A fact that needs real servers. Without them it is skipped with the reason on a laptop; with
/// <c>CI=true</c> it runs anyway and fails, naming the missing variable, so CI can never go green
/// by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServerFactAttribute : FactAttribute
{
    /// <summary>Marks a test as needing <paramref name="servers"/>.</summary>
    public ServerFactAttribute(Server servers)
    {
        Servers = servers;
        Skip = ServerSkip.Reason(servers);
    }

    /// <summary>The servers the test needs.</summary>
    public Server Servers { get; }
}

/// <summary>The theory twin of <see cref="ServerFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServerTheoryAttribute : TheoryAttribute
{
    /// <summary>Marks a theory as needing <paramref name="servers"/>.</summary>
    public ServerTheoryAttribute(Server servers)
    {
        Servers = servers;
        Skip = ServerSkip.Reason(servers);
    }

    /// <summary>The servers the test needs.</summary>
    public Server Servers { get; }
}

internal static class ServerSkip
{
    public static string? Reason(Server servers)
    {
        if (TestServers.InCi)
        {
            return null;
        }

        return TestServers.Missing(servers) is { } variable
            ? $"needs {servers}: {variable} is not set (run scripts/test.sh, or scripts/services.sh start)"
            : null;
    }
}
