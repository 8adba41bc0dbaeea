namespace Maiev.Actors.Services;

/// <summary>
/// Manual scale: sets the replicas and holds automatic scaling until <see cref="ResumeScaling"/> or, when
/// <paramref name="HoldFor"/> is given, until that much time has passed. Replies <see cref="CommandAccepted"/> or
/// <see cref="CommandRejected"/> (Validation for a negative count, Conflict during an upgrade, NotFound).
/// </summary>
internal sealed record ScaleService(string ServiceName, int Replicas, TimeSpan? HoldFor) : IServiceCommand;
