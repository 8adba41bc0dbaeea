namespace Maiev.Runtime.Persistence;

/// <summary>Events up to the sequence number were deleted. Sent to the persistent actor that asked.</summary>
public sealed record DeleteMessagesSuccess(long ToSequenceNr) : IPersistenceResult;
