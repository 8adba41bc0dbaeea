using Microsoft.Extensions.Logging;

namespace Maiev.Node.Hosting;

/// <summary>How <see cref="MaievNode.StartAsync"/> runs: the clock, logging, where it prints, and (tests only) the actors.</summary>
internal sealed record NodeStartOptions
{
    /// <summary>The clock of the node and its actors.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the startup lines go.</summary>
    public TextWriter Out { get; init; } = TextWriter.Null;

    /// <summary>Logging; null logs to the console at Information.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Where the configuration came from, for <c>/api/v1/config</c>.</summary>
    public IReadOnlyList<string> Origins { get; init; } = ["reference.conf"];

    /// <summary>Starts the actors; null starts the real ones (<see cref="RealActors.StartAsync"/>). Tests substitute a stand-in.</summary>
    public Func<NodeActorsContext, CancellationToken, Task<NodeActors>>? Actors { get; init; }
}
