using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Versions;

public sealed class ImageReferenceTests
{
    private const string Digest = "sha256:d2a8219e9b3bdc4da656d32c4ac9ad4e54312946a10ac9244967d4373bc3ce6d";

    [Theory]
    [InlineData("localhost:5000/maiev:producer-1.0.1@" + Digest, "localhost:5000", "maiev", "producer-1.0.1", Digest)]
    [InlineData("registry.example.com/team/app:2.0", "registry.example.com", "team/app", "2.0", null)]
    [InlineData("localhost/app", "localhost", "app", null, null)]
    [InlineData("nginx", null, "nginx", null, null)]
    [InlineData("team/app:1@" + Digest, null, "team/app", "1", Digest)]
    [InlineData("host:5000/a/b/c", "host:5000", "a/b/c", null, null)]
    public void Parse_splits_host_repository_tag_and_digest(string text, string? registry, string repository, string? tag, string? digest)
    {
        var image = ImageReference.Parse(text);

        Assert.Equal(new ImageReference(registry, repository, tag, digest), image);
        Assert.Equal(text, image.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Upper/app", "lower-case")]
    [InlineData("app:-bad", "tag '-bad'")]
    [InlineData("app@md5", "digest 'md5'")]
    [InlineData("app:1@sha256:xyz", "digest")]
    public void Parse_names_what_is_wrong(string text, string fragment)
    {
        Assert.False(ImageReference.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ImageReference.Parse(text));
    }

    [Fact]
    public void Docker_hub_names_compare_canonically()
    {
        Assert.True(ImageReference.Parse("nginx:1").SameRepository(ImageReference.Parse("docker.io/library/nginx:2")));
        Assert.False(ImageReference.Parse("localhost:5000/maiev").SameRepository(ImageReference.Parse("localhost:5001/maiev")));
    }

    [Fact]
    public void Species_name_is_maievs_image_id()
    {
        Assert.Equal("localhost:5000/maiev:producer", ImageReference.Parse("localhost:5000/maiev:producer-1.0.1").SpeciesName);
        Assert.Equal("localhost:5000/maiev", ImageReference.Parse("localhost:5000/maiev:1.0.1").SpeciesName);
    }
}
