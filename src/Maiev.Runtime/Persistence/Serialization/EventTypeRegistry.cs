using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Maiev.Runtime.Persistence.Serialization;

/// <summary>
/// Maps event and snapshot types to explicit, stable manifests and versions, serializes them with System.Text.Json, and
/// upcasts stored JSON of older versions to the current shape. A CLR type name is never stored, so types can be renamed
/// and moved freely; the manifest is the contract with the data already written.
/// </summary>
/// <remarks>Registration is thread-safe; register every type at start-up, before the first write or replay.</remarks>
public sealed partial class EventTypeRegistry
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Type, Registration> _byType = ImmutableDictionary<Type, Registration>.Empty;
    private ImmutableDictionary<string, Registration> _byManifest = ImmutableDictionary<string, Registration>.Empty.WithComparers(StringComparer.Ordinal);
    private ImmutableDictionary<(string Manifest, int FromVersion), Func<JsonNode, JsonNode>> _upcasters =
        ImmutableDictionary<(string, int), Func<JsonNode, JsonNode>>.Empty;

    /// <summary>Creates an empty registry using <paramref name="options"/> (default: web defaults) for every type.</summary>
    public EventTypeRegistry(JsonSerializerOptions? options = null)
    {
        Options = new JsonSerializerOptions(options ?? JsonSerializerOptions.Web);
        Options.MakeReadOnly(populateMissingResolver: true);
    }

    /// <summary>The serializer options shared by every registered type (read-only).</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>
    /// Registers <typeparamref name="T"/> under <paramref name="manifest"/> with its current <paramref name="version"/>.
    /// Throws <see cref="ArgumentException"/> for a malformed manifest (letters, digits, '.', '-', '_', up to 128),
    /// a version below 1, or a manifest or type registered twice.
    /// </summary>
    public EventTypeRegistry Register<T>(string manifest, int version = 1)
        where T : notnull
    {
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        if (!ManifestShape().IsMatch(manifest))
        {
            throw new ArgumentException(
                $"manifest '{manifest}' for {typeof(T).Name} must be 1-128 characters of letters, digits, '.', '-' or '_'",
                nameof(manifest));
        }

        lock (_gate)
        {
            if (_byManifest.TryGetValue(manifest, out var taken))
            {
                throw new ArgumentException($"manifest '{manifest}' is already registered for {taken.Type.Name}", nameof(manifest));
            }

            if (_byType.TryGetValue(typeof(T), out var existing))
            {
                throw new ArgumentException($"{typeof(T).Name} is already registered as '{existing.Manifest}'", nameof(manifest));
            }

            var registration = new Registration(typeof(T), manifest, version);
            _byType = _byType.Add(typeof(T), registration);
            _byManifest = _byManifest.Add(manifest, registration);
        }

        return this;
    }

    /// <summary>
    /// Adds the step that turns JSON of <paramref name="manifest"/> at <paramref name="fromVersion"/> into JSON of
    /// <paramref name="fromVersion"/> + 1. Reading an old record applies the steps in order up to the current version.
    /// </summary>
    public EventTypeRegistry AddUpcaster(string manifest, int fromVersion, Func<JsonNode, JsonNode> upcast)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifest);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromVersion, 1);
        ArgumentNullException.ThrowIfNull(upcast);
        lock (_gate)
        {
            if (_upcasters.ContainsKey((manifest, fromVersion)))
            {
                throw new ArgumentException($"manifest '{manifest}' already has an upcaster from version {fromVersion}", nameof(fromVersion));
            }

            _upcasters = _upcasters.Add((manifest, fromVersion), upcast);
        }

        return this;
    }

    /// <summary>Whether <paramref name="type"/> has a manifest.</summary>
    public bool IsRegistered(Type type) => _byType.ContainsKey(type);

    /// <summary>The manifest and current version of <paramref name="type"/>, or null if it is not registered.</summary>
    public (string Manifest, int Version)? Describe(Type type) =>
        _byType.TryGetValue(type, out var r) ? (r.Manifest, r.Version) : null;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex ManifestShape();

    private sealed record Registration(Type Type, string Manifest, int Version);
}
