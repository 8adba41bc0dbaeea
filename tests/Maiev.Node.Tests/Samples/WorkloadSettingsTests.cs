using Maiev.Samples.Workload;

namespace Maiev.Node.Tests.Samples;

public sealed class WorkloadSettingsTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Parse_reads_every_setting_from_the_environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["WORKLOAD_MODE"] = "produce",
            ["WORKLOAD_AMQP"] = "amqp://u:secret@127.0.0.1:5999/",
            ["WORKLOAD_QUEUE"] = "jobs",
            ["WORKLOAD_RATE"] = "12.5",
            ["WORKLOAD_COUNT"] = "300",
            ["WORKLOAD_PREFETCH"] = "4",
            ["WORKLOAD_VERSION"] = "2.1.0",
        };

        var settings = WorkloadSettings.Parse([], name => environment.GetValueOrDefault(name));

        Assert.Equal(
            new WorkloadSettings(WorkloadMode.Produce, new Uri("amqp://u:secret@127.0.0.1:5999/"), "jobs", 12.5, 300, 4, "2.1.0"),
            settings);
    }

    [Fact]
    public void Parse_lets_arguments_win_over_the_environment()
    {
        var settings = WorkloadSettings.Parse(
            ["consume", "--queue", "from-args", "--rate", "3"],
            name => name switch { "WORKLOAD_QUEUE" => "from-env", "WORKLOAD_MODE" => "produce", _ => null });

        Assert.Equal(WorkloadMode.Consume, settings.Mode);
        Assert.Equal("from-args", settings.Queue);
        Assert.Equal(3, settings.Rate);
    }

    [Fact]
    public void Parse_gives_consume_a_positive_rate_and_no_count_by_default()
    {
        var settings = WorkloadSettings.Parse(["consume"], NoEnvironment);

        Assert.Equal(10, settings.Rate);
        Assert.Equal(0, settings.Count);
        Assert.Equal((ushort)2, settings.Prefetch);
        Assert.Equal("dev", settings.Version);
    }

    [Theory]
    [InlineData(new[] { "consume", "--rate", "0" }, "rate (WORKLOAD_RATE) must be above 0")]
    [InlineData(new[] { "produce", "--count", "1.5" }, "count (WORKLOAD_COUNT) must be a whole number")]
    [InlineData(new[] { "produce", "--count", "-1" }, "count (WORKLOAD_COUNT) must be a whole number")]
    [InlineData(new[] { "consume", "--prefetch", "0" }, "prefetch (WORKLOAD_PREFETCH) must be between 1")]
    [InlineData(new[] { "consume", "--amqp", "http://x/" }, "amqp (WORKLOAD_AMQP) must be an amqp://")]
    [InlineData(new[] { "consume", "--speed", "3" }, "unknown option '--speed'")]
    [InlineData(new[] { "consume", "--queue" }, "option '--queue' needs a value")]
    [InlineData(new[] { "drain" }, "mode 'drain' is not 'produce' or 'consume'")]
    [InlineData(new string[0], "the mode is missing")]
    public void Parse_rejects_bad_input_naming_the_setting(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => WorkloadSettings.Parse(args, NoEnvironment));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactedAmqp_hides_the_password()
    {
        var settings = WorkloadSettings.Parse(["consume", "--amqp", "amqp://guest:hunter2@127.0.0.1:5672/"], NoEnvironment);

        Assert.DoesNotContain("hunter2", settings.RedactedAmqp, StringComparison.Ordinal);
        Assert.Contains("guest:***@127.0.0.1:5672", settings.RedactedAmqp, StringComparison.Ordinal);
    }
}
