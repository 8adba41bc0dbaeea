namespace Maiev.Cli.Http;

/// <summary>One server-sent event: its <c>id</c> (the last one seen if it had none), type and data.</summary>
internal sealed record ServerSentEvent(string? Id, string Event, string Data);
