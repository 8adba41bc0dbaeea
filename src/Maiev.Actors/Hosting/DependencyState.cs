namespace Maiev.Actors.Hosting;

/// <summary>Readiness of one dependency as last observed: <paramref name="Ready"/> and a short human-readable detail (never a secret).</summary>
internal sealed record DependencyState(bool Ready, string Detail)
{
    /// <summary>Not observed yet.</summary>
    public static DependencyState Unknown { get; } = new(false, "not checked yet");
}
