using Maiev.Actors.Docker;
using Maiev.Actors.Upgrades;

namespace Maiev.Actors.Tests.Upgrades;

public sealed class UpgradeSettingsTests
{
    [Fact]
    public void Defaults_roll_one_task_at_a_time_start_first_and_roll_back_on_failure()
    {
        var settings = new UpgradeSettings().Validate();

        Assert.Equal(1, settings.DefaultUpdateConfig.Parallelism);
        Assert.Equal("rollback", settings.DefaultUpdateConfig.FailureAction);
        Assert.Equal("start-first", settings.DefaultUpdateConfig.Order);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.PollInterval);
    }

    [Theory]
    [InlineData("FollowInterval")]
    [InlineData("PollInterval")]
    [InlineData("DedupWindow")]
    [InlineData("FailureAction")]
    public void Validate_names_the_setting_that_is_out_of_range(string name)
    {
        var settings = name switch
        {
            "FollowInterval" => new UpgradeSettings { FollowInterval = TimeSpan.Zero },
            "PollInterval" => new UpgradeSettings { PollInterval = TimeSpan.FromMilliseconds(10) },
            "DedupWindow" => new UpgradeSettings { DedupWindow = 0 },
            _ => new UpgradeSettings { DefaultUpdateConfig = new SwarmUpdateConfig(FailureAction: "explode") },
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => settings.Validate());

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }
}
