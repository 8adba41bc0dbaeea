using System.Text.Json;
using Maiev.Cli.Contract;
using Maiev.Cli.Infrastructure;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Commands;

/// <summary>
/// The shared body of pause, resume and scale: POST to <c>/services/{name}/{verb}</c>, then print
/// the <see cref="ServiceSummary"/> the node answers with (or its JSON).
/// </summary>
internal static class ServicePost
{
    /// <summary>Posts <paramref name="body"/> (or nothing) and prints <paramref name="done"/> and the summary.</summary>
    public static async Task<int> RunAsync(
        CommandContext context,
        string name,
        string verb,
        object? body,
        Func<ServiceSummary, string> done,
        CancellationToken cancellationToken)
    {
        using var content = body is null ? null : new StringContent(JsonSerializer.Serialize(body, ContractJson.Compact), System.Text.Encoding.UTF8, "application/json");
        var response = await context.Node.SendAsync(HttpMethod.Post, $"services/{ServiceName.Path(name)}/{verb}", content, cancellationToken).ConfigureAwait(false);
        var json = response.RequireBody();
        var service = ContractJson.Read<ServiceSummary>(json);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(json);
            return ExitCodes.Ok;
        }

        context.Output.Line(done(service));
        context.Output.Write(ServiceViews.Summary(service));
        return ExitCodes.Ok;
    }
}
