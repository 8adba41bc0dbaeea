using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Http;

/// <summary>Where the node is and how to authenticate: from <c>--node</c>/<c>MAIEV_NODE</c> and <c>--token-file</c>/<c>MAIEV_TOKEN</c>.</summary>
internal static class NodeAddress
{
    /// <summary>The node used when neither <c>--node</c> nor <c>MAIEV_NODE</c> is given.</summary>
    public const string DefaultNode = "http://127.0.0.1:5080";

    /// <summary>The node's base URI (ending in <c>/</c>).</summary>
    /// <exception cref="CliException">The value is not an absolute http(s) URL (usage error).</exception>
    public static Uri Resolve(string? option, CliEnvironment environment)
    {
        var (text, origin) = !string.IsNullOrWhiteSpace(option)
            ? (option.Trim(), "--node")
            : environment.GetVariable("MAIEV_NODE") is { Length: > 0 } fromEnvironment
                ? (fromEnvironment.Trim(), "MAIEV_NODE")
                : (DefaultNode, "the default");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw CliException.Usage(
                $"{origin} '{text}' is not a node URL.",
                "Give an absolute http(s) URL, for example --node http://127.0.0.1:5080.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    /// <summary>The admin token, or <see langword="null"/> when none is configured. Never printed.</summary>
    /// <exception cref="CliException">The token file is missing, unreadable or empty (usage error).</exception>
    public static string? ResolveToken(string? tokenFile, CliEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(tokenFile))
        {
            string text;
            try
            {
                text = File.ReadAllText(tokenFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var reason = e is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : e.Message;
                throw CliException.Usage(
                    $"cannot read the token file '{tokenFile}': {reason}.",
                    "Pass --token-file with a readable file holding the node's admin token.");
            }

            return text.Trim() is { Length: > 0 } token
                ? token
                : throw CliException.Usage($"the token file '{tokenFile}' is empty.", "Put the node's admin token in it.");
        }

        return environment.GetVariable("MAIEV_TOKEN")?.Trim() is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }
}
