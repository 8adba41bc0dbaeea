namespace Maiev.Actors.Services;

/// <summary>Pauses automatic scaling until <see cref="ResumeScaling"/>. Replies <see cref="CommandAccepted"/> or <see cref="CommandRejected"/>.</summary>
internal sealed record PauseScaling(string ServiceName, string? Reason) : IServiceCommand;
