using Maiev.Runtime.Actors;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;
using Maiev.TestKit.Actors;

namespace Maiev.Runtime.Tests.Actors;

/// <summary>Creating an actor system from the <c>maiev.runtime</c> section of a configuration.</summary>
public sealed class ActorSystemOptionsFromConfigTests
{
    private sealed class Silent : ReceiveActor
    {
        public Silent() => ReceiveAny(_ => { });
    }

    [Fact]
    public void FromConfig_of_an_empty_config_takes_the_reference_conf_defaults()
    {
        var options = ActorSystemOptions.FromConfig(Config.Empty);

        Assert.Equal(30, options.Throughput);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AskTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ShutdownStepTimeout);
        Assert.Equal(10, options.DefaultSupervisor.MaxNrOfRetries);
        Assert.Equal(TimeSpan.FromMinutes(1), options.DefaultSupervisor.WithinTimeRange);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    [Fact]
    public void FromConfig_reads_every_runtime_key_and_resolves_substitutions()
    {
        var config = HoconParser.Parse("""
            budget = 3
            maiev.runtime {
              throughput = 7
              ask-timeout = 250ms
              shutdown-timeout = 2 minutes
              supervisor { max-restarts = ${budget}, restart-window = 0 }
            }
            """);
        var clock = new ManualTimeProvider();

        var options = ActorSystemOptions.FromConfig(config, clock);

        Assert.Equal(7, options.Throughput);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.AskTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.ShutdownStepTimeout);
        Assert.Equal(3, options.DefaultSupervisor.MaxNrOfRetries);
        Assert.Equal(TimeSpan.Zero, options.DefaultSupervisor.WithinTimeRange);
        Assert.IsType<OneForOneStrategy>(options.DefaultSupervisor);
        Assert.Equal(Directive.Stop, options.DefaultSupervisor.Decide(new DeathPactException()));
        Assert.Equal(Directive.Restart, options.DefaultSupervisor.Decide(new InvalidOperationException()));
        Assert.Same(clock, options.TimeProvider);
    }

    [Theory]
    [InlineData("throughput = 0", "maiev.runtime.throughput", 2)]
    [InlineData("ask-timeout = -1s", "maiev.runtime.ask-timeout", 2)]
    [InlineData("shutdown-timeout = 0s", "maiev.runtime.shutdown-timeout", 2)]
    [InlineData("supervisor.max-restarts = -2", "maiev.runtime.supervisor.max-restarts", 2)]
    [InlineData("supervisor.restart-window = -5m", "maiev.runtime.supervisor.restart-window", 2)]
    public void FromConfig_with_an_out_of_range_value_names_its_path_and_origin(string line, string path, int lineNumber)
    {
        var config = HoconParser.Parse("maiev.runtime {\n  " + line + "\n}", "node.conf");

        var error = Assert.Throws<ConfigBadValueException>(() => ActorSystemOptions.FromConfig(config));

        Assert.Equal(path, error.Path);
        Assert.Equal("node.conf", error.Origin?.Description);
        Assert.Equal(lineNumber, error.Origin?.Line);
        Assert.Contains($"node.conf:{lineNumber}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfig_with_a_wrong_type_says_what_was_expected_and_where()
    {
        var config = HoconParser.Parse("maiev.runtime.ask-timeout = [1, 2]", "node.conf");

        var error = Assert.ThrowsAny<ConfigException>(() => ActorSystemOptions.FromConfig(config));

        Assert.Equal("maiev.runtime.ask-timeout", error.Path);
        Assert.Equal(1, error.Origin?.Line);
        Assert.Contains("duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_from_config_uses_the_configured_ask_timeout_for_an_Ask_without_one()
    {
        var clock = new ManualTimeProvider();
        var config = HoconParser.Parse("maiev.runtime { ask-timeout = 2s, throughput = 5 }");
        await using var system = ActorSystem.Create("configured", config, clock);
        var silent = system.ActorOf(Props.Create(() => new Silent()), "silent");

        var ask = silent.Ask<string>("hello");
        clock.Advance(TimeSpan.FromSeconds(1));
        var completedEarly = ask.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.False(completedEarly, "the Ask completed after 1s although ask-timeout is 2s");
        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => ask.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("/user/silent", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, system.Options.Throughput);
        Assert.Equal("configured", system.Name);
    }
}
