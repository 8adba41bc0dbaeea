using System.CommandLine;
using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;
using Spectre.Console;

namespace Maiev.Cli.Commands;

/// <summary><c>maiev service show NAME</c>: one service in full (<c>GET /services/{name}</c>).</summary>
internal static class ServiceShowCommand
{
    /// <summary>Creates <c>service</c> with its <c>show</c> subcommand.</summary>
    public static Command Create(CliContext cli)
    {
        var name = ServiceName.Argument();
        var show = new Command("show", "Show a service: replicas, probe, metrics, rule results, spec.") { name };
        show.SetNodeAction(cli, (context, cancellationToken) => RunAsync(context, context.ParseResult.GetRequiredValue(name), cancellationToken));
        return new Command("service", "One monitored service.") { show };
    }

    private static async Task<int> RunAsync(CommandContext context, string name, CancellationToken cancellationToken)
    {
        var (summary, json) = await context.Node.GetAsync<ServiceSummary>($"services/{ServiceName.Path(name)}", cancellationToken).ConfigureAwait(false);
        var detail = ContractJson.Read<ServiceDetail>(json);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        context.Output.Write(ServiceViews.Summary(summary));
        context.Output.Write(Renderer.Facts(
            ("shard", detail.Shard?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("owner", detail.Owner),
            ("monitored since", Formats.Time(detail.MonitoredAt))));

        var resources = Renderer.Table("RESOURCE", "QUEUE", "VHOST", "SAMPLED", "METRICS");
        foreach (var r in detail.Resources)
        {
            var metrics = r.Metrics is null ? null : string.Join("  ", r.Metrics.Select(m => $"{m.Key}={Metric(m.Value)}"));
            resources.AddRow(Renderer.Cell(r.Name), Renderer.Cell(r.Queue), Renderer.Cell(r.Vhost), Renderer.Cell(Formats.Time(r.SampledAt)), Renderer.Cell(metrics));
        }

        context.Output.Write(resources);

        var rules = Renderer.Table("RULE", "VALUE", "SINCE");
        foreach (var rule in detail.Rules)
        {
            rules.AddRow(Renderer.Cell(rule.Name), Renderer.Cell(rule.Value is { } v ? (v ? "true" : "false") : "unknown"), Renderer.Cell(Formats.Time(rule.Since)));
        }

        context.Output.Write(rules);
        context.Output.Line("spec:");
        context.Output.Line(JsonSerializer.Serialize(detail.Spec, ContractJson.Indented));
        return ExitCodes.Ok;
    }

    private static string Metric(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "unknown",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
