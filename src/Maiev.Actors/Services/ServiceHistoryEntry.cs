using System.Text.Json;

namespace Maiev.Actors.Services;

/// <summary>
/// One persisted event of a service: its sequence number, when it was persisted, its type (e.g. <c>ScaleDecided</c>),
/// a one-line summary and the event itself as JSON.
/// </summary>
internal sealed record ServiceHistoryEntry(long Seq, DateTimeOffset At, string Type, string Summary, JsonElement Data);
