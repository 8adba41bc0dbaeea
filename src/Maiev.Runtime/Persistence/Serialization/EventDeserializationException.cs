namespace Maiev.Runtime.Persistence.Serialization;

/// <summary>
/// A stored event or snapshot cannot be read back: unknown manifest, a version with no upcaster path, or JSON that does
/// not fit the type. Names the persistence id, sequence number and manifest so an operator can find the record.
/// </summary>
public sealed class EventDeserializationException : Exception
{
    /// <summary>Creates the error.</summary>
    public EventDeserializationException(string persistenceId, long sequenceNr, string manifest, int version, string reason, Exception? inner = null)
        : base($"cannot read the record of '{persistenceId}' at sequence number {sequenceNr} with manifest '{manifest}' " +
            $"version {version}: {reason}", inner)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        Manifest = manifest;
        Version = version;
    }

    /// <summary>Whose record it is.</summary>
    public string PersistenceId { get; }

    /// <summary>Its sequence number.</summary>
    public long SequenceNr { get; }

    /// <summary>The manifest it was stored under.</summary>
    public string Manifest { get; }

    /// <summary>The version it was stored with.</summary>
    public int Version { get; }
}
