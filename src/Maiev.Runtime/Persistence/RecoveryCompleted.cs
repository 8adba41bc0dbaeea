namespace Maiev.Runtime.Persistence;

/// <summary>Given to the recovery handlers after the last replayed event; commands are handled from then on.</summary>
public sealed record RecoveryCompleted
{
    private RecoveryCompleted()
    {
    }

    /// <summary>The single instance.</summary>
    public static RecoveryCompleted Instance { get; } = new();
}
