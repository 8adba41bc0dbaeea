using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Api;

/// <summary>JSON answers and the contract's value formats (ISO 8601 UTC times with <c>Z</c> and milliseconds).</summary>
internal static class JsonAnswers
{
    /// <summary>Serializer options for answers: readable UTF-8 (no \u escapes for quotes or arrows).</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON body with <paramref name="status"/>.</summary>
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(Options), "application/json; charset=utf-8", Encoding.UTF8, status);

    /// <summary><c>2026-11-22T03:58:12.345Z</c>.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A nullable time.</summary>
    public static JsonNode? Time(DateTimeOffset? at) => at is { } value ? JsonValue.Create(Time(value)) : null;
}
