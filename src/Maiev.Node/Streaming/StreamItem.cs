namespace Maiev.Node.Streaming;

/// <summary>One server-sent event: node-wide <paramref name="Id"/>, the service, the SSE event name and one line of JSON.</summary>
internal sealed record StreamItem(long Id, string Service, string Event, string Data);
