namespace Maiev.Node.Tests.EndToEnd;

/// <summary>What one console run did.</summary>
internal sealed record CliRun(int Code, string Out, string Error)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {Code}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
