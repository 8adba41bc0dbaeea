using System.Text;

namespace Maiev.Runtime.Actors;

/// <summary>
/// The location of an actor in its system's tree, such as <c>/user/services/orders</c>.
/// Two paths are equal when their element names are equal, from the root down.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    private readonly ActorPath? _parent;
    private readonly string _name;

    private ActorPath(ActorPath? parent, string name)
    {
        _parent = parent;
        _name = name;
    }

    /// <summary>The root of every path, written <c>/</c>.</summary>
    public static ActorPath Root { get; } = new(null, string.Empty);

    /// <summary>The parent path, or <see langword="null"/> for <see cref="Root"/>.</summary>
    public ActorPath? Parent => _parent;

    /// <summary>The last element of the path (empty for the root).</summary>
    public string Name => _name;

    /// <summary>The number of elements below the root.</summary>
    public int Depth => _parent is null ? 0 : _parent.Depth + 1;

    /// <summary>Returns the path of a child named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or contains <c>/</c>.</exception>
    public ActorPath Child(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Actor path element '{name}' must not contain '/'.", nameof(name));
        }

        return new ActorPath(this, name);
    }

    /// <inheritdoc/>
    public bool Equals(ActorPath? other)
    {
        var a = this;
        var b = other;
        while (a is not null && b is not null)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (!string.Equals(a._name, b._name, StringComparison.Ordinal))
            {
                return false;
            }

            a = a._parent;
            b = b._parent;
        }

        return a is null && b is null;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        for (var p = this; p is not null; p = p._parent)
        {
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(p._name);
        }

        return hash;
    }

    /// <summary>The path written from the root, e.g. <c>/user/a/b</c>.</summary>
    public override string ToString()
    {
        if (_parent is null)
        {
            return "/";
        }

        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is null)
        {
            return;
        }

        _parent.Append(builder);
        builder.Append('/').Append(_name);
    }

    /// <summary>Value equality of two paths.</summary>
    public static bool operator ==(ActorPath? left, ActorPath? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality of two paths.</summary>
    public static bool operator !=(ActorPath? left, ActorPath? right) => !(left == right);
}
