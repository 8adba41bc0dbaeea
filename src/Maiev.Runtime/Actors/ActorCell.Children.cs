using System.Globalization;

namespace Maiev.Runtime.Actors;

/// <summary>Children: creation with unique names, lookup and stopping. The child table is locked because the
/// user guardian's children are created from any thread through <see cref="ActorSystem.ActorOf"/>.</summary>
internal sealed partial class ActorCell
{
    private Dictionary<string, ActorCell>? _children;
    private HashSet<ActorCell>? _stopping;
    private int _nameCounter;

    public IReadOnlyCollection<IActorRef> Children => ChildrenSnapshot();

    public IActorRef? Child(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (this)
        {
            return _children is not null && _children.TryGetValue(name, out var child) ? child : null;
        }
    }

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is not null)
        {
            ValidateName(name);
        }

        ActorCell child;
        bool stopNow;
        lock (this)
        {
            if (_terminated)
            {
                throw new InvalidOperationException($"Cannot create a child of {_path}: it has stopped.");
            }

            name ??= "$" + (++_nameCounter).ToString(CultureInfo.InvariantCulture);
            _children ??= new Dictionary<string, ActorCell>(StringComparer.Ordinal);
            if (_children.ContainsKey(name))
            {
                throw new InvalidActorNameException($"An actor named '{name}' already exists under {_path}; names are unique among siblings.");
            }

            child = new ActorCell(_system, this, _path.Child(name), props);
            _children.Add(name, child);
            stopNow = _terminating;
        }

        child.SendSystemMessage(new CreateActor());
        if (stopNow)
        {
            child.SendSystemMessage(new TerminateActor());
        }

        return child;
    }

    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is ActorCell cell && ReferenceEquals(cell._parent, this))
        {
            (_stopping ??= []).Add(cell);
        }

        if (actor is IInternalActorRef target)
        {
            target.SendSystemMessage(new TerminateActor());
        }
    }

    internal ActorCell[] ChildrenSnapshot()
    {
        lock (this)
        {
            return _children is null || _children.Count == 0 ? [] : [.. _children.Values];
        }
    }

    private bool IsChild(ActorCell cell)
    {
        lock (this)
        {
            return _children is not null && _children.TryGetValue(cell._path.Name, out var child) && ReferenceEquals(child, cell);
        }
    }

    private void HandleChildTerminated(ActorCell child)
    {
        int remaining;
        lock (this)
        {
            if (_children is not null && _children.TryGetValue(child._path.Name, out var known) && ReferenceEquals(known, child))
            {
                _children.Remove(child._path.Name);
            }

            remaining = _children?.Count ?? 0;
        }

        _stopping?.Remove(child);
        if (_terminating)
        {
            if (remaining == 0)
            {
                FinishTerminate();
            }
        }
        else if (_restarting && (_stopping is null || _stopping.Count == 0))
        {
            FinishRestart();
        }
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0 || name[0] == '$' || name.Any(c => c == '/' || c == '#' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new InvalidActorNameException(
                $"Actor name '{name}' is invalid: it must be non-empty, must not start with '$', and must not contain '/', '#' or whitespace.");
        }
    }
}
