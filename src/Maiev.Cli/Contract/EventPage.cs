using System.Text.Json;

namespace Maiev.Cli.Contract;

/// <summary><c>GET /api/v1/services/{name}/events</c>: a page of history, oldest first.</summary>
/// <param name="Service">The service's name.</param>
/// <param name="Events">The events of this page, oldest first.</param>
/// <param name="Next">The <c>after</c> value of the next page; <see langword="null"/> at the end.</param>
/// <param name="LastSeq">The service's highest event sequence now.</param>
internal sealed record EventPage(string Service, IReadOnlyList<ServiceEvent> Events, long? Next, long LastSeq);

/// <summary>One history event; the same object is the <c>data</c> of history events on <c>/stream</c>.</summary>
internal sealed record ServiceEvent(
    long Seq,
    DateTimeOffset At,
    string Service,
    string Kind,
    string Type,
    string Summary,
    JsonElement? Data = null);
