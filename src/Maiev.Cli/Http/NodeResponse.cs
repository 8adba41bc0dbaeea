using System.Net;
using System.Text.Json;

namespace Maiev.Cli.Http;

/// <summary>A successful answer of the node: its status and its JSON body (<see langword="null"/> for 204).</summary>
internal sealed record NodeResponse(HttpStatusCode Status, JsonElement? Body)
{
    /// <summary>The body; throws when the node sent none although the contract promises one.</summary>
    /// <exception cref="JsonException">The answer had no body.</exception>
    public JsonElement RequireBody() => Body ?? throw new JsonException($"expected a JSON body with HTTP {(int)Status}, got none");
}
