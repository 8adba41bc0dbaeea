using Maiev.Actors.Specs;

namespace Maiev.Actors.Services;

/// <summary>A command was refused and nothing was stored. <paramref name="Errors"/> lists every spec error (may be empty).</summary>
internal sealed record CommandRejected(string ServiceName, RejectionKind Kind, string Message, IReadOnlyList<SpecError> Errors);
