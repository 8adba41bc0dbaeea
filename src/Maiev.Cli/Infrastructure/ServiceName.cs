using System.CommandLine;
using System.Text.RegularExpressions;

namespace Maiev.Cli.Infrastructure;

/// <summary>The <c>NAME</c> argument: a Swarm service name, checked before anything is sent.</summary>
internal static partial class ServiceName
{
    /// <summary>Creates the <c>NAME</c> argument with its validation (a bad name is a usage error).</summary>
    public static Argument<string> Argument(string description = "The Swarm service name.")
    {
        var argument = new Argument<string>("NAME") { Description = description };
        argument.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !Pattern().IsMatch(value))
            {
                result.AddError(
                    $"'{value}' is not a valid service name: use letters, digits, '_', '.' or '-', starting with a letter or digit, at most 63 characters.");
            }
        });
        return argument;
    }

    /// <summary>The name escaped for a URL path segment.</summary>
    public static string Path(string name) => Uri.EscapeDataString(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
