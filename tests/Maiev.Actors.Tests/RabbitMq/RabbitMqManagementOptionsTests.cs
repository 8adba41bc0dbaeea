using Maiev.Actors.RabbitMq;

namespace Maiev.Actors.Tests.RabbitMq;

public sealed class RabbitMqManagementOptionsTests
{
    [Fact]
    public void FromAmqpUri_derives_http_15672_api_and_root_vhost()
    {
        var options = RabbitMqManagementOptions.FromAmqpUri(new Uri("amqp://maiev:Paaswd@rbmq/"));

        Assert.Equal(new Uri("http://rbmq:15672/api/"), options.BaseAddress);
        Assert.Equal(("maiev", "Paaswd", "/"), (options.UserName, options.Password, options.DefaultVhost));
    }

    [Fact]
    public void FromAmqpUri_reads_an_escaped_vhost_and_escaped_credentials()
    {
        var options = RabbitMqManagementOptions.FromAmqpUri(new Uri("amqp://us%40er:p%3Ass@host:5673/prod%2Fa"));

        Assert.Equal(("us@er", "p:ss", "prod/a"), (options.UserName, options.Password, options.DefaultVhost));
        Assert.Equal(15672, options.BaseAddress.Port);
    }

    [Fact]
    public void FromAmqpUri_maps_amqps_to_https_15671_and_no_user_to_guest()
    {
        var options = RabbitMqManagementOptions.FromAmqpUri(new Uri("amqps://broker.example/"));

        Assert.Equal(new Uri("https://broker.example:15671/api/"), options.BaseAddress);
        Assert.Equal(("guest", "guest"), (options.UserName, options.Password));
    }

    [Fact]
    public void FromAmqpUri_refuses_another_scheme_without_echoing_the_password()
    {
        var error = Assert.Throws<ArgumentException>(() => RabbitMqManagementOptions.FromAmqpUri(new Uri("http://u:s3cret@host/")));

        Assert.Contains("amqp://", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_and_Describe_mask_the_password()
    {
        var options = new RabbitMqManagementOptions(new Uri("http://h:15672/api/"), "maiev", "s3cret");

        Assert.DoesNotContain("s3cret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", options.Describe(), StringComparison.Ordinal);
        Assert.Contains("maiev", options.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_interval_defaults_to_5_s_accepts_1_s_and_refuses_less_naming_the_setting()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), new RabbitMqStatsSettings().Interval);
        Assert.Equal(TimeSpan.FromSeconds(1), new RabbitMqStatsSettings(TimeSpan.FromSeconds(1)).Interval);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RabbitMqStatsSettings(TimeSpan.FromMilliseconds(300)));
        Assert.Contains("stats-interval", error.Message, StringComparison.Ordinal);
    }
}
