using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Versions;

public sealed class TagVersionTests
{
    [Theory]
    [InlineData("web-2", "web", "2")]
    [InlineData("overseer-1.0.69a1+build45", "overseer", "1.0.69a1+build45")]
    [InlineData("load_manager-release-1.3.1", "load_manager-release", "1.3.1")]
    [InlineData("latest", null, "latest")]
    [InlineData("web-latest", "web", "latest")]
    [InlineData("3.6.1-alpine", "alpine", "3.6.1")]
    [InlineData("producer-1.3.0-119b", "producer", "1.3.0-119b")]
    [InlineData("alpine", "alpine", null)]
    [InlineData("1.0.1", null, "1.0.1")]
    [InlineData("1.2.0-rc1", null, "1.2.0-rc1")]
    [InlineData("web-2.0.0-beta.2", "web", "2.0.0-beta.2")]
    [InlineData("web-rc1", "web-rc1", null)]
    [InlineData("3.6.1-slim-rc", "slim-rc", "3.6.1")]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void Tags_split_into_species_and_version(string? tag, string? species, string? version)
    {
        var parsed = TagVersion.Parse(tag);

        Assert.Equal(species, parsed.Species);
        Assert.Equal(version, parsed.Version);
    }

    [Theory]
    [InlineData("1.0.0", "latest", -1)]
    [InlineData("latest", "latest", 0)]
    [InlineData("2", "1.9.9", 1)]
    [InlineData("1.0.16b", "1.0.16", -1)]
    public void Versions_order_with_latest_on_top(string left, string right, int sign)
    {
        Assert.Equal(sign, Math.Sign(TagVersion.CompareVersions(left, right)!.Value));
    }

    [Theory]
    [InlineData(null, "1.0")]
    [InlineData("latest", "stable")]
    [InlineData("x1", "1")]
    public void Versions_without_numbers_do_not_order(string? left, string right)
    {
        Assert.Null(TagVersion.CompareVersions(left, right));
    }
}
