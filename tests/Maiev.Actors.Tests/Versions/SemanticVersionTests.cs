using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Versions;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("3", "3.0.0")]
    [InlineData("3.1", "3.1.0")]
    [InlineData("1.0.69a1", "1.0.69-a1")]
    [InlineData("1.0.69a1+build45", "1.0.69-a1+build45")]
    [InlineData("1.3.0.110b", "1.3.0+110b")]
    [InlineData("1.3.0-119b", "1.3.0-119b")]
    [InlineData("1.1-93b", "1.1.0-93b")]
    [InlineData("007.01.2", "7.1.2")]
    [InlineData("2.0.0-rc.1", "2.0.0-rc.1")]
    [InlineData("1.2.3_x", "1.2.3-x")]
    public void Coerce_reads_tags_the_way_maiev_did(string text, string expected)
    {
        Assert.Equal(expected, SemanticVersion.Coerce(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData("v1.2.3")]
    [InlineData("1.0.0-a..b")]
    [InlineData("99999999999999999999999")]
    public void Coerce_refuses_what_is_not_a_version(string text)
    {
        Assert.False(SemanticVersion.TryCoerce(text, out _));
    }

    [Theory]
    [InlineData("1.0.0-rc1", "1.0.0")]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-2", "1.0.0-11")]
    [InlineData("1.0.0-11", "1.0.0-a")]
    [InlineData("1.9.9", "1.10.0")]
    [InlineData("3.1.9", "3.1.76")]
    public void Ordering_follows_semver_precedence(string lower, string higher)
    {
        Assert.True(SemanticVersion.Coerce(lower).CompareTo(SemanticVersion.Coerce(higher)) < 0, $"{lower} < {higher}");
        Assert.True(SemanticVersion.Coerce(higher).CompareTo(SemanticVersion.Coerce(lower)) > 0, $"{higher} > {lower}");
    }

    [Fact]
    public void Build_metadata_does_not_order_but_does_not_make_versions_equal()
    {
        var a = SemanticVersion.Coerce("1.0.0+a");
        var b = SemanticVersion.Coerce("1.0.0+b");

        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a.SamePrecedence(b));
        Assert.NotEqual(a, b);
        Assert.Equal(SemanticVersion.Coerce("1.0.0+a"), a);
    }
}
