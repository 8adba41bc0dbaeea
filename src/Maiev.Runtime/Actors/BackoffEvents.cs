namespace Maiev.Runtime.Actors;

/// <summary>Told to a <see cref="BackoffSupervisor"/>'s parent when the child failed and a restart is scheduled.</summary>
/// <param name="Supervisor">The backoff supervisor.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="Cause">What the child threw.</param>
/// <param name="Attempt">The restart about to happen, counting from 1 since the last reset.</param>
/// <param name="RestartDelay">How long until the restart.</param>
public sealed record BackoffChildFailed(IActorRef Supervisor, string ChildName, Exception Cause, int Attempt, TimeSpan RestartDelay);

/// <summary>Told to a <see cref="BackoffSupervisor"/>'s parent when the child has been started again.</summary>
/// <param name="Supervisor">The backoff supervisor.</param>
/// <param name="ChildName">The child's name.</param>
/// <param name="Attempt">Which restart this was, counting from 1 since the last reset.</param>
public sealed record BackoffChildRestarted(IActorRef Supervisor, string ChildName, int Attempt);
