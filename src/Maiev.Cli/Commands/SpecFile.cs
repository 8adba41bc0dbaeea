using System.Text.Json;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Commands;

/// <summary>
/// Reads a spec file for <c>monitor</c> and checks it before anything is sent: the file must exist
/// (else a usage error) and hold one JSON object (else refused, with line and column).
/// The text is sent unchanged, so a maiev <c>scale.json</c> arrives exactly as written.
/// </summary>
internal static class SpecFile
{
    /// <summary>The file's text, checked to be a JSON object.</summary>
    /// <exception cref="CliException">The file is missing or unreadable (2), or not a JSON object (5).</exception>
    public static string Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CliException.Usage($"the spec file '{path}' does not exist.", "Pass --spec with the path of a Maiev spec or a maiev scale.json.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read the spec file '{path}': {e.Message}", "Check the path and its permissions.");
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException(
                    ExitCodes.Refused,
                    $"the spec file '{path}' holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.",
                    "A spec is a JSON object: a Maiev spec or a maiev scale.json ({\"min\": 1, \"max\": 5, \"scale\": {...}}).");
            }
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new CliException(
                ExitCodes.Refused,
                $"the spec file '{path}' is not valid JSON (line {line}, column {column}).",
                "Fix the JSON and run the command again; nothing was sent to the node.",
                [FirstSentence(e.Message)]);
        }

        return text;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
