using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Maiev.Runtime.Persistence.Serialization;

/// <summary>Serialization half of the registry.</summary>
public sealed partial class EventTypeRegistry
{
    /// <summary>
    /// Serializes <paramref name="value"/> under its registered manifest and current version. Throws
    /// <see cref="EventSerializationException"/> when its type is not registered or System.Text.Json refuses it.
    /// </summary>
    public SerializedEvent Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (!_byType.TryGetValue(type, out var registration))
        {
            throw new EventSerializationException(type,
                $"{type.FullName} has no manifest: register it with EventTypeRegistry.Register<{type.Name}>(manifest, version)");
        }

        try
        {
            return new SerializedEvent(registration.Manifest, registration.Version, JsonSerializer.SerializeToUtf8Bytes(value, type, Options));
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new EventSerializationException(type, e.Message, e);
        }
    }

    /// <summary>
    /// Serializes every event of <paramref name="write"/>, or throws <see cref="JournalWriteRejectedException"/> naming
    /// the first one that cannot be serialized: journals call this before touching the store, so a rejected write stores nothing.
    /// </summary>
    public ImmutableArray<SerializedEvent> SerializeWrite(AtomicWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var result = ImmutableArray.CreateBuilder<SerializedEvent>(write.Events.Length);
        foreach (var e in write.Events)
        {
            try
            {
                result.Add(Serialize(e.Payload));
            }
            catch (EventSerializationException error)
            {
                throw new JournalWriteRejectedException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, error);
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Reads a stored record back into its registered type, upcasting older versions first. Throws
    /// <see cref="EventDeserializationException"/> naming <paramref name="persistenceId"/>, <paramref name="sequenceNr"/> and
    /// the manifest when the manifest is unknown, the version is newer than this code knows or has no upcaster path,
    /// or the JSON does not fit.
    /// </summary>
    public object Deserialize(string manifest, int version, ReadOnlySpan<byte> data, string persistenceId, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!_byManifest.TryGetValue(manifest, out var registration))
        {
            throw new EventDeserializationException(persistenceId, sequenceNr, manifest, version,
                "the manifest is unknown: no type is registered for it in the EventTypeRegistry");
        }

        try
        {
            if (version == registration.Version)
            {
                return JsonSerializer.Deserialize(data, registration.Type, Options)
                    ?? throw new JsonException("the stored JSON is null");
            }

            if (version > registration.Version)
            {
                throw new EventDeserializationException(persistenceId, sequenceNr, manifest, version,
                    $"it is newer than the version this code knows ({registration.Version}); was it written by a newer Maiev?");
            }

            var node = JsonNode.Parse(data) ?? throw new JsonException("the stored JSON is null");
            for (var v = version; v < registration.Version; v++)
            {
                if (!_upcasters.TryGetValue((manifest, v), out var upcast))
                {
                    throw new EventDeserializationException(persistenceId, sequenceNr, manifest, version,
                        $"no upcaster from version {v} to {v + 1} is registered (current version {registration.Version})");
                }

                node = upcast(node);
            }

            return node.Deserialize(registration.Type, Options) ?? throw new JsonException("the upcast JSON is null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new EventDeserializationException(persistenceId, sequenceNr, manifest, version, e.Message, e);
        }
    }
}
