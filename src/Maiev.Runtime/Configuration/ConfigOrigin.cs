namespace Maiev.Runtime.Configuration;

/// <summary>
/// Where a configuration value came from: a file (or a description such as <c>&lt;string&gt;</c>
/// or <c>env MAIEV__HTTP__PORT</c>) and a 1-based line and column. Rendered as <c>file:line:column</c>.
/// </summary>
/// <param name="Description">The file path or a short description of the source.</param>
/// <param name="Line">1-based line, or 0 when the source has no lines.</param>
/// <param name="Column">1-based column, or 0 when the source has no columns.</param>
public sealed record ConfigOrigin(string Description, int Line, int Column)
{
    /// <summary>The comment lines written directly above the key in the source (without <c>#</c> or <c>//</c>).</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>An origin for values created in code.</summary>
    public static ConfigOrigin Code { get; } = new("<code>", 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{Description}:{Line}:{Column}" : Description;
}
