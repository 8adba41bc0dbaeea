using System.CommandLine;
using System.Net;
using System.Text;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary>
/// <c>maiev monitor docker NAME [--spec FILE]</c>: starts monitoring a Swarm service, or replaces
/// its spec (<c>PUT /services/{name}</c>); mirrors maiev's <c>monitor('docker', NAME)</c>.
/// Without <c>--spec</c> the node reads the spec from the service's <c>maiev.*</c> labels.
/// </summary>
internal static class MonitorCommand
{
    /// <summary>Creates <c>monitor</c> with its <c>docker</c> subcommand.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument("The Swarm service to monitor.");
        var spec = new Option<string?>("--spec")
        {
            Description = "A Maiev spec or a maiev scale.json (JSON). Without it the node reads the service's maiev.* labels.",
            HelpName = "FILE",
        };
        var docker = new Command("docker", "Monitor a Docker Swarm service, or replace its spec.") { name, spec };
        docker.SetNodeAction(cli, (context, cancellationToken) => RunAsync(
            context,
            context.ParseResult.GetRequiredValue(name),
            context.ParseResult.GetValue(spec),
            cancellationToken));
        return new Command("monitor", "Start monitoring a service (the orchestrator is 'docker').") { docker };
    }

    private static async Task<int> RunAsync(CommandContext context, string name, string? specPath, CancellationToken cancellationToken)
    {
        var text = specPath is null ? null : SpecFile.Read(specPath);
        using HttpContent content = text is null
            ? new ByteArrayContent([])
            : new StringContent(text, Encoding.UTF8, "application/json");
        Http.NodeResponse response;
        try
        {
            response = await context.Node.SendAsync(HttpMethod.Put, $"services/{ServiceName.Path(name)}", content, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException missing) when (missing.ExitCode == ExitCodes.NotFound)
        {
            throw new CliException(
                ExitCodes.NotFound,
                missing.Reason,
                "Check the name with 'docker service ls' on a Swarm manager; Maiev monitors services, it does not create them.");
        }
        catch (CliException refused) when (refused.ExitCode == ExitCodes.Refused)
        {
            var source = specPath is null ? "the Swarm service's maiev.* labels" : $"'{specPath}'";
            throw new CliException(
                ExitCodes.Refused,
                $"the node refused the spec for '{name}' from {source}: {refused.Reason}",
                "Fix each error listed (path into the JSON; line and column inside an expression) and run the command again.",
                refused.Details);
        }

        var json = response.RequireBody();
        var service = ContractJson.Read<ServiceSummary>(json);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        context.Output.Line(response.Status == HttpStatusCode.Created
            ? $"Now monitoring '{name}'."
            : $"Replaced the spec of '{name}'.");
        context.Output.Write(ServiceViews.Summary(service));
        return ExitCodes.Ok;
    }
}
