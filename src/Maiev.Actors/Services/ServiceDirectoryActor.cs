using Maiev.Actors.Hosting;
using Maiev.Runtime.Actors;
using Maiev.Runtime.Persistence;

namespace Maiev.Actors.Services;

/// <summary>
/// Remembers the monitored services (persistence id <c>service-directory</c>) so they start again after a node
/// restart: once recovered and given the region (<see cref="StartRememberedEntities"/>), it starts every registered
/// service. Learns registrations from ServiceActors; answers <see cref="ListServices"/>.
/// </summary>
internal sealed class ServiceDirectoryActor : ReceiveActor
{
    /// <summary>The directory's persistence id.</summary>
    public const string PersistenceId = "service-directory";

    private readonly IJournal _journal;
    private readonly Action<DependencyState>? _health;
    private DirectoryState _state = DirectoryState.Empty;
    private long _seq;
    private IActorRef? _region;
    private bool _recovered;

    /// <summary>Creates the directory.</summary>
    public ServiceDirectoryActor(IJournal journal, Action<DependencyState>? health)
    {
        _journal = journal;
        _health = health;
        Receive<Recovered>(OnRecovered);
        Receive<StartRememberedEntities>(s =>
        {
            _region = s.Region;
            StartAll();
        });
        ReceiveAny(_ => Stash.Stash());
    }

    /// <summary>Props for the directory.</summary>
    public static Props Props(IJournal journal, Action<DependencyState>? health = null) =>
        Maiev.Runtime.Actors.Props.Create(() => new ServiceDirectoryActor(journal, health));

    /// <inheritdoc />
    protected override void PreStart() =>
        RecoverAsync().PipeTo(Self, success: static _ => new Recovered(null), failure: static e => new Recovered(e));

    private async Task<bool> RecoverAsync()
    {
        await foreach (var stored in _journal.ReplayAsync(PersistenceId, 1, long.MaxValue, long.MaxValue, CancellationToken.None).ConfigureAwait(false))
        {
            _state = _state.Apply(stored.Payload);
            _seq = stored.SequenceNr;
        }

        return true;
    }

    private void OnRecovered(Recovered recovered)
    {
        if (recovered.Error is not null)
        {
            _health?.Invoke(new DependencyState(false, "journal: " + recovered.Error.Message));
            throw new InvalidOperationException("the service directory could not recover: " + recovered.Error.Message, recovered.Error);
        }

        _health?.Invoke(new DependencyState(true, "journal replayed"));
        _recovered = true;
        Become(() =>
        {
            Receive<StartRememberedEntities>(s =>
            {
                _region = s.Region;
                StartAll();
            });
            ReceiveAsync<ServiceRegistered>(e => ChangeAsync(e, !_state.Names.Contains(e.ServiceName)));
            ReceiveAsync<ServiceDeregistered>(e => ChangeAsync(e, _state.Names.Contains(e.ServiceName)));
            Receive<ListServices>(_ => Sender.Tell(new ServiceList([.. _state.Names])));
        });
        Stash.UnstashAll();
        StartAll();
    }

    private void StartAll()
    {
        if (!_recovered || _region is null)
        {
            return;
        }

        foreach (var name in _state.Names)
        {
            _region.Tell(new StartEntity(name));
        }
    }

    private async Task ChangeAsync(object @event, bool changes)
    {
        if (!changes)
        {
            return;
        }

        await _journal.WriteAsync(new AtomicWrite(PersistenceId, new EventToWrite(_seq + 1, @event)), CancellationToken.None).ConfigureAwait(false);
        _seq++;
        _state = _state.Apply(@event);
    }

    private sealed record Recovered(Exception? Error);
}
