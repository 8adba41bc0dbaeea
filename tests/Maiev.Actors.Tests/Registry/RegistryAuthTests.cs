using System.Text;
using Maiev.Actors.Registry;

namespace Maiev.Actors.Tests.Registry;

public sealed class RegistryAuthTests
{
    [Fact]
    public void FromDockerConfig_decodes_the_auth_of_the_matching_registry()
    {
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("bob:pa:ss"));
        var config = """{"auths":{"other:5000":{"auth":"eDp5"},"https://reg.example:5000/v1/":{"auth":"AUTH"}}}""".Replace("AUTH", auth, StringComparison.Ordinal);

        var credentials = RegistryCredentials.FromDockerConfig(config, "reg.example:5000");

        Assert.Equal(new RegistryCredentials("bob", "pa:ss"), credentials);
        Assert.DoesNotContain("pa:ss", credentials!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromDockerConfig_is_null_for_an_unknown_registry_and_names_a_bad_entry()
    {
        Assert.Null(RegistryCredentials.FromDockerConfig("""{"auths":{}}""", "reg:5000"));
        var error = Assert.Throws<FormatException>(() => RegistryCredentials.FromDockerConfig("""{"auths":{"reg:5000":{"auth":"%%%"}}}""", "reg:5000"));
        Assert.Contains("reg:5000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseChallenge_reads_realm_service_and_scope()
    {
        var parameters = RegistryClient.ParseChallenge("""realm="https://auth.example/token",service="registry.example",scope="repository:app:pull,push" """);

        Assert.Equal("https://auth.example/token", parameters["realm"]);
        Assert.Equal("registry.example", parameters["service"]);
        Assert.Equal("repository:app:pull,push", parameters["scope"]);
    }

    [Fact]
    public void NextLink_follows_rel_next_only()
    {
        using var withNext = new HttpResponseMessage();
        withNext.Headers.TryAddWithoutValidation("Link", """</v2/app/tags/list?last=1.0&n=1>; rel="next" """);
        using var without = new HttpResponseMessage();

        Assert.Equal("v2/app/tags/list?last=1.0&n=1", RegistryClient.NextLink(withNext));
        Assert.Null(RegistryClient.NextLink(without));
    }
}
