using Maiev.Actors.Upgrades;
using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Upgrades;

public sealed class WatchedImagesTests
{
    [Fact]
    public void Matching_finds_services_of_the_same_registry_repository_and_species_only()
    {
        var watched = new WatchedImages();
        watched.Set("web", ImageReference.Parse("registry.local:5000/team/app:1.0.0@sha256:aaaaaaaaaaaaaaaa"));
        watched.Set("worker", ImageReference.Parse("registry.local:5000/team/app:worker-1.0.0"));
        watched.Set("mirror", ImageReference.Parse("other.local:5000/team/app:1.0.0"));
        watched.Set("hub", ImageReference.Parse("nginx:1.25.0"));

        Assert.Equal(["web"], watched.Matching(ImageReference.Parse("registry.local:5000/team/app:1.0.1@sha256:bbbbbbbbbbbbbbbb")));
        Assert.Equal(["worker"], watched.Matching(ImageReference.Parse("registry.local:5000/team/app:worker-2.0.0")));
        Assert.Equal(["hub"], watched.Matching(ImageReference.Parse("docker.io/library/nginx:1.25.1")));
    }

    [Fact]
    public void Set_reports_a_change_only_when_the_image_differs_and_Remove_forgets()
    {
        var watched = new WatchedImages();
        var image = ImageReference.Parse("registry.local:5000/team/app:1.0.0");

        Assert.True(watched.Set("web", image));
        Assert.False(watched.Set("web", image));
        Assert.True(watched.Set("web", image with { Tag = "1.0.1" }));
        Assert.True(watched.Remove("web"));
        Assert.Empty(watched.Matching(image));
    }

    [Fact]
    public void Repositories_groups_services_by_repository_with_the_tags_they_run()
    {
        var watched = new WatchedImages();
        watched.Set("a", ImageReference.Parse("registry.local:5000/team/app:1.0.0"));
        watched.Set("b", ImageReference.Parse("registry.local:5000/team/app:worker-1.0.0"));

        var repository = Assert.Single(watched.Repositories());

        Assert.Equal("registry.local:5000/team/app", repository.Key);
        Assert.Equal(["1.0.0", "worker-1.0.0"], repository.Value.RunningTags.Order(StringComparer.Ordinal));
    }
}
