namespace Maiev.Actors.Specs;

/// <summary>One problem in a spec.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.scale.rules[2].expression</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">For expressions, the line in the expression; for malformed JSON, the line in the document.</param>
/// <param name="Column">The column matching <see cref="Line"/>.</param>
internal sealed record SpecError(string Path, string Message, int? Line = null, int? Column = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}
