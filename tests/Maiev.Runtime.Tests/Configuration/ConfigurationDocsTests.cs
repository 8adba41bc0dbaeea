using System.Reflection;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>docs/configuration.md cannot drift from the reference.conf files.</summary>
public sealed class ConfigurationDocsTests
{
    [Fact]
    public void Docs_list_every_reference_key_with_its_default_and_meaning()
    {
        // Arrange
        var expected = ConfigurationDocs.Render();
        if (Environment.GetEnvironmentVariable("MAIEV_UPDATE_DOCS") == "1")
            File.WriteAllText(ConfigurationDocs.DocsPath, expected);

        // Act
        var actual = File.Exists(ConfigurationDocs.DocsPath) ? File.ReadAllText(ConfigurationDocs.DocsPath) : "(missing)";

        // Assert
        Assert.True(expected == actual,
            "docs/configuration.md is out of date with src/*/reference.conf; regenerate it with " +
            "MAIEV_UPDATE_DOCS=1 dotnet test tests/Maiev.Runtime.Tests --filter ConfigurationDocs");
    }

    [Fact]
    public void Every_reference_key_has_a_comment_and_is_defined_once()
    {
        var keys = ConfigurationDocs.Keys();

        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Meaning), $"{k.Path} in {k.Project} has no comment"));
        var duplicates = keys.GroupBy(k => k.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "defined in two reference.conf files: " + string.Join(", ", duplicates));
        foreach (var required in new[] { "maiev.http.port", "maiev.persistence.journal", "maiev.rabbitmq.poll-interval", "maiev.registry.poll-interval", "maiev.cluster.shards", "maiev.runtime.ask-timeout" })
            Assert.Contains(keys, k => k.Path == required);
    }

    [Fact]
    public void Runtime_assembly_embeds_its_reference_conf()
    {
        var assembly = typeof(Config).Assembly;

        var defaults = MaievConfig.References([assembly]).Resolve();

        Assert.Contains("Maiev.Runtime.reference.conf", assembly.GetManifestResourceNames());
        Assert.Equal(64, defaults.GetInt("maiev.cluster.shards"));
        Assert.Equal(TimeSpan.FromSeconds(5), defaults.GetDuration("maiev.runtime.ask-timeout"));
        Assert.Equal(HoconParser.ParseFile(ConfigurationDocs.ReferencePath("Maiev.Runtime")).Resolve().ToJson(), defaults.ToJson());
    }

    [Fact]
    public void Deployment_files_set_only_keys_the_reference_files_define()
    {
        var known = ConfigurationDocs.Keys().Select(k => k.Path).ToHashSet();
        var env = new Dictionary<string, string> { ["MAIEV_HTTP_TOKEN"] = "t", ["MAIEV_POSTGRES_CONNECTION_STRING"] = "Host=x" };

        foreach (var file in new[] { "embedded.conf", "maiev.conf" })
        {
            var config = HoconParser.ParseFile(Path.Combine(RepoPaths.Root, "hocon", file)).Resolve(ConfigResolveOptions.WithEnvironment(env));
            var leaves = new List<string>();
            Leaves(config.Root, "", leaves);
            Assert.NotEmpty(leaves);
            Assert.All(leaves, l => Assert.True(known.Contains(l), $"hocon/{file} sets '{l}', which no reference.conf defines (a typo?)"));
        }
    }

    private static void Leaves(ConfigValue value, string path, List<string> leaves)
    {
        if (value is ConfigObject o)
        {
            foreach (var (key, child) in o.Fields)
                Leaves(child, path.Length == 0 ? key : path + "." + key, leaves);
        }
        else
        {
            leaves.Add(path);
        }
    }

    internal static Assembly RuntimeAssembly => typeof(Config).Assembly;
}
