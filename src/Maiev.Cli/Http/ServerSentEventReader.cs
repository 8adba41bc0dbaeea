using System.Runtime.CompilerServices;
using System.Text;

namespace Maiev.Cli.Http;

/// <summary>
/// Reads a <c>text/event-stream</c> as the HTML standard defines it: fields <c>id</c>,
/// <c>event</c> and <c>data</c> (several <c>data</c> lines join with a newline), comment lines
/// start with <c>:</c>, a blank line ends an event, an event without data is not dispatched.
/// </summary>
internal static class ServerSentEventReader
{
    /// <summary>Yields events until the stream ends or <paramref name="cancellationToken"/> fires.</summary>
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(
        Stream stream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? lastId = null;
        string? type = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    yield return new ServerSentEvent(lastId, type ?? "message", data.ToString());
                }

                type = null;
                data.Clear();
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            switch (field)
            {
                case "id":
                    lastId = value;
                    break;
                case "event":
                    type = value;
                    break;
                case "data":
                    if (data.Length > 0)
                    {
                        data.Append('\n');
                    }

                    data.Append(value);
                    break;
            }
        }
    }
}
