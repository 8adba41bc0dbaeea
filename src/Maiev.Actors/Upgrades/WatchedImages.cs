using Maiev.Actors.Versions;

namespace Maiev.Actors.Upgrades;

/// <summary>
/// Which service runs which image, as learned from <see cref="ServiceImageKnown"/>: who a push concerns (same registry,
/// repository and tag species) and which repositories to poll. Not thread-safe (an actor's state).
/// </summary>
internal sealed class WatchedImages
{
    private readonly Dictionary<string, ImageReference> _byService = new(StringComparer.Ordinal);

    /// <summary>Every service and its image.</summary>
    public IReadOnlyDictionary<string, ImageReference> Services => _byService;

    /// <summary>Records <paramref name="image"/> for <paramref name="service"/>; false when nothing changed.</summary>
    public bool Set(string service, ImageReference image)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(image);
        if (_byService.TryGetValue(service, out var known) && known == image)
        {
            return false;
        }

        _byService[service] = image;
        return true;
    }

    /// <summary>Forgets <paramref name="service"/>; false when it was not known.</summary>
    public bool Remove(string service) => _byService.Remove(service);

    /// <summary>The services whose image has <paramref name="pushed"/>'s registry, repository and species.</summary>
    public IEnumerable<string> Matching(ImageReference pushed)
    {
        ArgumentNullException.ThrowIfNull(pushed);
        var species = pushed.TagVersion.Species;
        return _byService
            .Where(kv => kv.Value.SameRepository(pushed) && string.Equals(kv.Value.TagVersion.Species, species, StringComparison.Ordinal))
            .Select(kv => kv.Key);
    }

    /// <summary>The watched repositories (canonical name → one image of it, for its registry and path) and the tags services run there.</summary>
    public IReadOnlyDictionary<string, (ImageReference Image, IReadOnlySet<string> RunningTags)> Repositories() =>
        _byService.Values
            .GroupBy(i => i.CanonicalName, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (g.First(), (IReadOnlySet<string>)g.Select(i => i.Tag).OfType<string>().ToHashSet(StringComparer.Ordinal)),
                StringComparer.Ordinal);
}
