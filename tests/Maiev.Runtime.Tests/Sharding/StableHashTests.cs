using Maiev.Runtime.Sharding;

namespace Maiev.Runtime.Tests.Sharding;

public sealed class StableHashTests
{
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Fnv1a32_matches_the_published_test_vectors(string input, uint expected)
    {
        Assert.Equal(expected, StableHash.Fnv1a32(input));
    }

    [Fact]
    public void ShardOf_is_within_range_and_the_same_on_every_call()
    {
        var shards = Enumerable.Range(0, 1000).Select(i => StableHash.ShardOf($"service-{i}", 64)).ToList();

        Assert.All(shards, s => Assert.InRange(s, 0, 63));
        Assert.Equal(shards, Enumerable.Range(0, 1000).Select(i => StableHash.ShardOf($"service-{i}", 64)));
        Assert.True(shards.Distinct().Count() > 50, $"1000 ids used only {shards.Distinct().Count()} of 64 shards");
    }

    [Fact]
    public void HashMessageExtractor_routes_envelopes_and_named_messages()
    {
        var extractor = new HashMessageExtractor(64, m => m is string s ? s.Split(':')[0] : null);

        Assert.Equal("orders", extractor.EntityId(new ShardingEnvelope("orders", 1)));
        Assert.Equal(1, extractor.EntityMessage(new ShardingEnvelope("orders", 1)));
        Assert.Equal("billing", extractor.EntityId("billing:go"));
        Assert.Null(extractor.EntityId(42));
        Assert.Equal(StableHash.ShardOf("orders", 64).ToString(System.Globalization.CultureInfo.InvariantCulture), extractor.ShardId("orders"));
    }
}
