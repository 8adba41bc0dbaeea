using System.Net;
using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Http;

/// <summary>Turns a node's error answer (a ProblemDetails, or any body) into a <see cref="CliException"/>.</summary>
internal static class ProblemTranslator
{
    /// <summary>Maps <paramref name="status"/> to an exit code and a message that says what to do.</summary>
    public static CliException ToException(HttpStatusCode status, JsonElement? body, Uri node, bool sentToken)
    {
        var problem = ReadProblem(body);
        var said = problem.Detail ?? problem.Title ?? $"HTTP {(int)status} {status}";
        return status switch
        {
            HttpStatusCode.Unauthorized => sentToken
                ? new CliException(
                    ExitCodes.Unauthorized,
                    $"the node at {node} rejected the token.",
                    "Check MAIEV_TOKEN or the --token-file: it must hold the node's maiev.admin.token.")
                : new CliException(
                    ExitCodes.Unauthorized,
                    $"the node at {node} requires a token.",
                    "Set MAIEV_TOKEN or pass --token-file FILE with the node's maiev.admin.token."),
            HttpStatusCode.Forbidden => new CliException(
                ExitCodes.Unauthorized, $"the node refused access: {said}", "Use a token allowed to do this."),
            HttpStatusCode.NotFound => new CliException(
                ExitCodes.NotFound, said, "Run 'maiev services' to list the monitored services."),
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.RequestEntityTooLarge
                or HttpStatusCode.UnprocessableEntity => new CliException(
                    ExitCodes.Refused,
                    $"the node refused the request: {said}",
                    status == HttpStatusCode.Conflict ? "Wait for the service's current operation to finish, then retry." : "Fix what is named above and run the command again.",
                    Describe(problem.Errors),
                    said),
            HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => new CliException(
                ExitCodes.Unreachable,
                $"the node at {node} is unavailable: {said}",
                "Retry in a moment; 'maiev cluster show' shows which dependency is down."),
            _ => new CliException(
                ExitCodes.Failure,
                $"the node answered HTTP {(int)status}: {said}",
                "Check the node's log; this console and the node may be of different versions."),
        };
    }

    /// <summary>One line per validation error: path, position when known, message.</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<ProblemError>? errors) =>
        errors is null
            ? []
            : [.. errors.Select(e => e.Line is { } line
                ? $"{e.Path} (line {line}, column {e.Column ?? 1}): {e.Message}"
                : $"{e.Path}: {e.Message}")];

    private static Problem ReadProblem(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } element)
        {
            return new Problem();
        }

        try
        {
            return element.Deserialize<Problem>(ContractJson.Options) ?? new Problem();
        }
        catch (JsonException)
        {
            return new Problem();
        }
    }
}
