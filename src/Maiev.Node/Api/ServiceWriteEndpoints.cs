using System.Text;
using System.Text.Json;
using Maiev.Actors.Rules;
using Maiev.Actors.Services;
using Maiev.Actors.Specs;
using Maiev.Node.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Maiev.Node.Api;

/// <summary><c>PUT /api/v1/services/{name}</c> (monitor or replace the spec) and <c>POST /services/{name}/scale</c>.</summary>
internal static class ServiceWriteEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(RouteGroupBuilder api, NodeContext node)
    {
        api.MapPut("/services/{name}", (HttpContext http, string name) => ServiceEndpoints.WithName(http, name, () => PutAsync(http, node, name)));
        api.MapPost("/services/{name}/scale", (HttpContext http, string name) => ServiceEndpoints.WithName(http, name, () => ScaleAsync(http, node, name)));
    }

    private static async Task<IResult> PutAsync(HttpContext http, NodeContext node, string name)
    {
        var body = await RequestBody.ReadAsync(http.Request).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge(http, RequestBody.Limit);
        }

        if (body.Length == 0)
        {
            return Problems.BadRequest(http, "an empty body asks for the spec from the Swarm service's maiev.* labels, which this node does not read yet; send a Maiev spec or a maiev scale.json");
        }

        var text = Encoding.UTF8.GetString(body);
        var read = ServiceSpecReader.Read(text);
        if (read.Spec is null)
        {
            if (read.Errors.Length == 1 && read.Errors[0].Path == "$" && read.Errors[0].Line is null)
            {
                return Problems.BadRequest(http, $"the body must be a JSON object (a Maiev spec or a maiev scale.json): {read.Errors[0].Message}");
            }

            return Problems.Validation(http, "The service spec is invalid.",
                $"{read.Errors.Length} error{(read.Errors.Length == 1 ? "" : "s")} in the spec for '{name}'; nothing was stored.", read.Errors);
        }

        var (existing, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(name)).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var monitored = existing is ServiceStatus && !await MonitoredCheck.IsUnmonitoredAsync(node.Journal, name, http.RequestAborted).ConfigureAwait(false);
        if (!monitored && await SwarmLookup.IsMissingAsync(node, name, http.RequestAborted).ConfigureAwait(false))
        {
            return Problems.NotFound(http, $"Swarm has no service named '{name}'; create it first (docker service create --name {name} ...)");
        }

        IServiceCommand command = monitored ? new UpdateServiceSpec(name, read.Spec) : new MonitorService(name, read.Spec);
        var (reply, commandProblem) = await node.Gateway.AskAsync(http, node.Actors.Services, command).ConfigureAwait(false);
        if (commandProblem is not null)
        {
            return commandProblem;
        }

        return reply switch
        {
            CommandAccepted accepted => await ServiceEndpoints.DetailAsync(http, node, name,
                accepted.Created || command is MonitorService ? StatusCodes.Status201Created : StatusCodes.Status200OK).ConfigureAwait(false),
            CommandRejected { Kind: RejectionKind.Validation } r => Problems.Validation(http, "The service spec is invalid.",
                $"{Math.Max(1, r.Errors.Count)} error{(r.Errors.Count > 1 ? "s" : "")} in the spec for '{name}'; nothing was stored.",
                r.Errors.Count > 0 ? r.Errors : [new SpecError("$", r.Message)]),
            CommandRejected r => ActorGateway.Rejected(http, r),
            _ => ActorGateway.Unexpected(http),
        };
    }

    private static async Task<IResult> ScaleAsync(HttpContext http, NodeContext node, string name)
    {
        var body = await RequestBody.ReadAsync(http.Request).ConfigureAwait(false);
        if (body is null)
        {
            return Problems.TooLarge(http, RequestBody.Limit);
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Problems.BadRequest(http, "the body is not JSON: " + e.Message.Split('.')[0]);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Problems.BadRequest(http, "the body must be a JSON object like {\"replicas\": 5, \"holdFor\": \"10m\"}");
        }

        var errors = new List<SpecError>();
        int? replicas = null;
        if (!root.TryGetProperty("replicas", out var r))
        {
            errors.Add(new SpecError("$.replicas", "required: the number of replicas"));
        }
        else if (r.ValueKind != JsonValueKind.Number || !r.TryGetInt32(out var count) || count < 0)
        {
            errors.Add(new SpecError("$.replicas", $"{r.GetRawText()} is not a whole number >= 0"));
        }
        else
        {
            replicas = count;
        }

        TimeSpan? holdFor = null;
        if (root.TryGetProperty("holdFor", out var h) && h.ValueKind != JsonValueKind.Null)
        {
            if (h.ValueKind != JsonValueKind.String || !DurationText.TryParse(h.GetString()!, out var duration) || duration <= TimeSpan.Zero)
            {
                errors.Add(new SpecError("$.holdFor", $"{h.GetRawText()} is not a duration > 0 like \"90s\", \"10m\" or \"1h\""));
            }
            else
            {
                holdFor = duration;
            }
        }

        var (status, problem) = await node.Gateway.AskAsync(http, node.Actors.Services, new GetServiceStatus(name)).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (status is CommandRejected rejected)
        {
            return ActorGateway.Rejected(http, rejected);
        }

        if (status is ServiceStatus s && replicas is { } wanted)
        {
            if (wanted > s.Max)
            {
                errors.Add(new SpecError("$.replicas", $"{wanted} is above max ({s.Max})"));
            }
            else if (wanted < s.Min)
            {
                errors.Add(new SpecError("$.replicas", $"{wanted} is below min ({s.Min})"));
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(http, "The scale request is invalid.",
                $"{errors.Count} error{(errors.Count == 1 ? "" : "s")} in the scale request for '{name}'; nothing was changed.", errors);
        }

        return await ServiceEndpoints.CommandThenSummaryAsync(http, node, new ScaleService(name, replicas!.Value, holdFor), StatusCodes.Status202Accepted).ConfigureAwait(false);
    }
}
