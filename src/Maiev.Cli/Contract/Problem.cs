namespace Maiev.Cli.Contract;

/// <summary>An RFC 7807 ProblemDetails answer; every field optional so any error body can be read.</summary>
internal sealed record Problem(
    string? Type = null,
    string? Title = null,
    int? Status = null,
    string? Detail = null,
    string? Instance = null,
    IReadOnlyList<ProblemError>? Errors = null)
{
    /// <summary>The <c>type</c> of a refused spec or scale request.</summary>
    public const string ValidationType = "urn:maiev:problem:validation";
}

/// <summary>One validation error: a JSON path into the request body, and a position in an expression or the body.</summary>
internal sealed record ProblemError(string Path, string Message, int? Line = null, int? Column = null);
