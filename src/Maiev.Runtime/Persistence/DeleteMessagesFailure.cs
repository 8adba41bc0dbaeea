namespace Maiev.Runtime.Persistence;

/// <summary>Deleting events failed; they are still there. Sent to the persistent actor that asked.</summary>
public sealed record DeleteMessagesFailure(long ToSequenceNr, Exception Cause) : IPersistenceResult;
