using System.CommandLine.Parsing;
using System.Globalization;

namespace Maiev.Cli.Infrastructure;

/// <summary>Parses whole numbers on the command line with a message that names the argument and the allowed range.</summary>
internal static class CountArgument
{
    /// <summary>A parser for <c>Argument&lt;int&gt;.CustomParser</c> / <c>Option&lt;int&gt;.CustomParser</c>.</summary>
    public static Func<ArgumentResult, int> Parser(string name, int min, int max) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            result.AddError(max == int.MaxValue
                ? $"{name} must be a whole number of at least {min}, not '{text}'."
                : $"{name} must be a whole number from {min} to {max}, not '{text}'.");
            return min;
        }

        return value;
    };
}
