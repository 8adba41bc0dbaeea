namespace Maiev.Actors.Services;

/// <summary>Resumes automatic scaling (also ends a manual hold). Replies <see cref="CommandAccepted"/> or <see cref="CommandRejected"/>.</summary>
internal sealed record ResumeScaling(string ServiceName) : IServiceCommand;
