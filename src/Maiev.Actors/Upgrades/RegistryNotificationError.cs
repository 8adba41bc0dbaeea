namespace Maiev.Actors.Upgrades;

/// <summary>Why a notification body could not be read: a message naming the JSON path and, for syntax errors, the position.</summary>
/// <param name="Message">What is wrong, e.g. <c>$.events[0].target.repository is missing</c>.</param>
/// <param name="Path">The JSON path of the offending value (<c>$.events[0].action</c>), when known.</param>
/// <param name="Line">The 1-based line of a syntax error, when known.</param>
/// <param name="Column">The 1-based byte column of a syntax error, when known.</param>
internal sealed record RegistryNotificationError(string Message, string? Path = null, long? Line = null, long? Column = null)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
