using System.Text;
using System.Text.Json.Nodes;
using Maiev.Actors.Specs;
using Microsoft.AspNetCore.Http;

namespace Maiev.Node.Api;

/// <summary>
/// ProblemDetails answers of the admin API (docs/admin-api.md "Errors"): <c>type</c> URNs, fixed titles, the request
/// path as <c>instance</c>, and for validation the <c>errors</c> array form <c>[{path, message, line?, column?}]</c>.
/// </summary>
internal static class Problems
{
    /// <summary>The problem media type.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>400 bad-request: malformed body, bad query parameter, bad service name.</summary>
    public static IResult BadRequest(HttpContext http, string detail) =>
        Write(http, "bad-request", "The request is malformed.", StatusCodes.Status400BadRequest, detail);

    /// <summary>400 validation with every error.</summary>
    public static IResult Validation(HttpContext http, string title, string detail, IEnumerable<SpecError> errors)
    {
        var array = new JsonArray();
        foreach (var error in errors)
        {
            var item = new JsonObject { ["path"] = error.Path, ["message"] = error.Message };
            if (error.Line is { } line)
            {
                item["line"] = line;
            }

            if (error.Column is { } column)
            {
                item["column"] = column;
            }

            array.Add(item);
        }

        return Write(http, "validation", title, StatusCodes.Status400BadRequest, detail, array);
    }

    /// <summary>401 unauthorized (the caller adds <c>WWW-Authenticate</c>).</summary>
    public static IResult Unauthorized(HttpContext http) =>
        Write(http, "unauthorized", "A valid bearer token is required.", StatusCodes.Status401Unauthorized,
            "Send 'Authorization: Bearer <token>' with the node's admin token.");

    /// <summary>404 not-found.</summary>
    public static IResult NotFound(HttpContext http, string detail) =>
        Write(http, "not-found", "Not found.", StatusCodes.Status404NotFound, detail);

    /// <summary>409 conflict.</summary>
    public static IResult Conflict(HttpContext http, string detail) =>
        Write(http, "conflict", "The request conflicts with the service state.", StatusCodes.Status409Conflict, detail);

    /// <summary>413 payload-too-large.</summary>
    public static IResult TooLarge(HttpContext http, long limit) =>
        Write(http, "payload-too-large", "The request body is too large.", StatusCodes.Status413PayloadTooLarge,
            $"The body is over {limit} bytes.");

    /// <summary>503 unavailable.</summary>
    public static IResult Unavailable(HttpContext http, string detail) =>
        Write(http, "unavailable", "The node cannot answer now; retry later.", StatusCodes.Status503ServiceUnavailable, detail);

    /// <summary>500 internal with a correlation id, never a stack trace.</summary>
    public static IResult Internal(HttpContext http) =>
        Write(http, "internal", "Internal error.", StatusCodes.Status500InternalServerError,
            $"An internal error occurred; correlation id {http.TraceIdentifier}.");

    /// <summary>The problem document as text (used where a result cannot be returned).</summary>
    public static string Json(string type, string title, int status, string detail, string instance, JsonArray? errors = null)
    {
        var body = new JsonObject
        {
            ["type"] = "urn:maiev:problem:" + type,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = instance,
        };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return body.ToJsonString(JsonAnswers.Options);
    }

    private static IResult Write(HttpContext http, string type, string title, int status, string detail, JsonArray? errors = null) =>
        Results.Text(Json(type, title, status, detail, http.Request.Path.Value ?? "/", errors), ContentType, Encoding.UTF8, status);
}
