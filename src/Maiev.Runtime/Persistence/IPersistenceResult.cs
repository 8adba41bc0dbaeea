namespace Maiev.Runtime.Persistence;

/// <summary>Marks the results a persistent actor is sent about its own snapshot and delete requests.</summary>
internal interface IPersistenceResult;
