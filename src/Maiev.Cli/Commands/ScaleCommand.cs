using System.CommandLine;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary>
/// <c>maiev scale NAME N [--hold DURATION]</c>: sets the replicas now and holds them until resume,
/// or for DURATION (<c>POST /services/{name}/scale</c>).
/// </summary>
internal static class ScaleCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var replicas = new Argument<int>("N")
        {
            Description = "The replicas to run, within the spec's min and max.",
            CustomParser = CountArgument.Parser("N", 0, int.MaxValue),
        };
        var hold = new Option<string?>("--hold")
        {
            Description = "Hold the replicas for this long (90s, 10m, 2h); without it they are held until 'maiev resume'.",
            HelpName = "DURATION",
        };
        hold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DurationText.TryParse(text, out _, out var error))
            {
                result.AddError($"--hold: {error}");
            }
        });
        var command = new Command("scale", "Scale a service by hand and hold it there.") { name, replicas, hold };
        command.SetNodeAction(cli, (context, cancellationToken) =>
        {
            var holdFor = context.ParseResult.GetValue(hold)?.Trim();
            var count = context.ParseResult.GetValue(replicas);
            object body = holdFor is null ? new { replicas = count } : new { replicas = count, holdFor };
            return ServicePost.RunAsync(
                context,
                context.ParseResult.GetRequiredValue(name),
                "scale",
                body,
                s => s.Hold?.Until is { } until
                    ? $"Scaling '{s.Name}' to {count} replicas, held until {Formats.Time(until)}."
                    : $"Scaling '{s.Name}' to {count} replicas, held until 'maiev resume {s.Name}'.",
                cancellationToken);
        });
        return command;
    }
}
