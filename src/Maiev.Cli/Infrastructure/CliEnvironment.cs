namespace Maiev.Cli.Infrastructure;

/// <summary>
/// Everything the console takes from its process: output writers, environment variables, whether
/// a person watches a terminal, the clock. Tests build one with writers they read back, so the
/// whole command pipeline runs in-process without touching <see cref="Console"/>.
/// </summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where errors and hints go (stderr).</param>
/// <param name="GetVariable">Reads an environment variable; <see langword="null"/> when unset.</param>
/// <param name="Interactive">stdout is a terminal: colours and the live view are used.</param>
/// <param name="Time">The clock for timeouts and relative times.</param>
/// <param name="HandleCtrlC">Whether Ctrl+C cancels the running command (the real process only).</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    Func<string, string?> GetVariable,
    bool Interactive,
    TimeProvider Time,
    bool HandleCtrlC)
{
    /// <summary>How long a non-streaming request may take before the node counts as unreachable.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The environment of the running process.</summary>
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected,
        TimeProvider.System,
        HandleCtrlC: true);
}
