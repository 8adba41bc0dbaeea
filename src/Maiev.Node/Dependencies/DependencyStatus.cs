namespace Maiev.Node.Dependencies;

/// <summary>
/// One dependency as <c>/readyz</c> and <c>/api/v1/cluster</c> show it: <paramref name="State"/> is <c>up</c>,
/// <c>down</c>, <c>unknown</c> (not checked yet) or <c>disabled</c> (not configured); <paramref name="Detail"/> is a
/// sentence without secrets, or null; <paramref name="Since"/> is when the state last changed.
/// </summary>
internal sealed record DependencyStatus(string Name, string State, string? Detail, DateTimeOffset Since)
{
    /// <summary>State: reachable.</summary>
    public const string Up = "up";

    /// <summary>State: unreachable or failing.</summary>
    public const string Down = "down";

    /// <summary>State: not checked yet.</summary>
    public const string Unknown = "unknown";

    /// <summary>State: not configured.</summary>
    public const string Disabled = "disabled";
}
