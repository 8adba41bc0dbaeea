using System.Net;
using System.Net.Sockets;
using Maiev.Cli.Infrastructure;

namespace Maiev.Cli.Tests.Infrastructure;

public sealed class NodeConnectionTests : IDisposable
{
    private const string Token = "s3cret-token-7c1d";
    private readonly string _folder = Directory.CreateTempSubdirectory("maiev-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_node_on_a_closed_port_exits_4_and_says_how_to_point_at_the_node()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}";

        var result = await CliRun.RunAsync("services", "--node", url);

        Assert.True(result.ExitCode == ExitCodes.Unreachable, result.ToString());
        Assert.Contains($"cannot reach the node at {url}/", result.Error, StringComparison.Ordinal);
        Assert.Contains("--node or MAIEV_NODE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MAIEV_NODE_is_used_when_no_node_option_is_given()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();

        var result = await CliRun.RunAsync(Variables(("MAIEV_NODE", node.Url.ToString())), false, ["services"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task The_node_option_wins_over_MAIEV_NODE()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        var elsewhere = $"http://127.0.0.1:{ClosedPort()}";

        var result = await CliRun.RunAsync(Variables(("MAIEV_NODE", elsewhere)), false, ["services", "--node", node.Url.ToString()]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1")]
    public async Task A_node_url_that_is_not_http_exits_2(string url)
    {
        var result = await CliRun.RunAsync("services", "--node", url);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"--node '{url}' is not a node URL.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_requiring_a_token_answers_401_without_one_and_the_console_exits_6_saying_where_to_put_it()
    {
        await using var node = await FakeNode.FakeNode.StartAsync(Token);

        var result = await CliRun.AgainstAsync(node, "services");

        Assert.True(result.ExitCode == ExitCodes.Unauthorized, result.ToString());
        Assert.Contains("requires a token", result.Error, StringComparison.Ordinal);
        Assert.Contains("Set MAIEV_TOKEN or pass --token-file FILE", result.Error, StringComparison.Ordinal);
        Assert.Null(Assert.Single(node.Requests).Authorization);
    }

    [Fact]
    public async Task The_token_from_MAIEV_TOKEN_is_sent_as_a_bearer_token_and_never_printed()
    {
        await using var node = await FakeNode.FakeNode.StartAsync(Token);

        var result = await CliRun.RunAsync(Variables(("MAIEV_TOKEN", Token)), false, ["service", "show", "orders-consumer", "--node", node.Url.ToString()]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal($"Bearer {Token}", Assert.Single(node.Requests).Authorization);
        Assert.DoesNotContain(Token, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_file_is_read_trimmed_and_wins_over_MAIEV_TOKEN()
    {
        await using var node = await FakeNode.FakeNode.StartAsync(Token);
        var file = Path.Combine(_folder, "token");
        await File.WriteAllTextAsync(file, Token + "\n");

        var result = await CliRun.RunAsync(Variables(("MAIEV_TOKEN", "stale")), false, ["services", "--token-file", file, "--node", node.Url.ToString()]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal($"Bearer {Token}", Assert.Single(node.Requests).Authorization);
    }

    [Fact]
    public async Task A_wrong_token_exits_6_without_echoing_it()
    {
        await using var node = await FakeNode.FakeNode.StartAsync(Token);
        const string wrong = "wrong-token-55aa";

        var result = await CliRun.RunAsync(Variables(("MAIEV_TOKEN", wrong)), false, ["scale", "orders-consumer", "3", "--node", node.Url.ToString()]);

        Assert.True(result.ExitCode == ExitCodes.Unauthorized, result.ToString());
        Assert.Contains("rejected the token", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_not_echoed_when_a_command_fails_for_another_reason()
    {
        await using var node = await FakeNode.FakeNode.StartAsync(Token);

        var result = await CliRun.RunAsync(Variables(("MAIEV_TOKEN", Token)), false, ["scale", "orders-consumer", "99", "--node", node.Url.ToString(), "-o", "json"]);

        Assert.True(result.ExitCode == ExitCodes.Refused, result.ToString());
        Assert.DoesNotContain(Token, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_token_file_exits_2()
    {
        var file = Path.Combine(_folder, "absent");

        var result = await CliRun.RunAsync("services", "--token-file", file, "--node", "http://127.0.0.1:9");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains($"cannot read the token file '{file}': it does not exist.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_token_file_exits_2()
    {
        var file = Path.Combine(_folder, "empty");
        await File.WriteAllTextAsync(file, "  \n");

        var result = await CliRun.RunAsync("services", "--token-file", file, "--node", "http://127.0.0.1:9");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("is empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_answering_503_exits_4_with_its_detail()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.FailEverythingWith = HttpStatusCode.ServiceUnavailable;

        var result = await CliRun.AgainstAsync(node, "services");

        Assert.True(result.ExitCode == ExitCodes.Unreachable, result.ToString());
        Assert.Contains("is unavailable: The journal is recovering; retry later.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_answering_500_exits_1()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.FailEverythingWith = HttpStatusCode.InternalServerError;

        var result = await CliRun.AgainstAsync(node, "actors");

        Assert.True(result.ExitCode == ExitCodes.Failure, result.ToString());
        Assert.Contains("the node answered HTTP 500", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_that_does_not_answer_in_time_exits_4()
    {
        await using var node = await FakeNode.FakeNode.StartAsync();
        node.Hang = true;

        var result = await CliRun.RunAsync(new Dictionary<string, string>(), false, ["services", "--node", node.Url.ToString()], TimeSpan.FromMilliseconds(300));

        Assert.True(result.ExitCode == ExitCodes.Unreachable, result.ToString());
        Assert.Contains("did not answer within", result.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Variables(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
