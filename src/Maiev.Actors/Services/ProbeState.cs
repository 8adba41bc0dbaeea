namespace Maiev.Actors.Services;

/// <summary>What a queue probe knows. Only <see cref="Up"/> data is ever used to scale down.</summary>
internal enum ProbeState
{
    /// <summary>A fresh sample was read.</summary>
    Up,

    /// <summary>No sample yet, or the last one is too old.</summary>
    Unknown,

    /// <summary>The management API could not be reached or answered an error.</summary>
    Unavailable,
}
