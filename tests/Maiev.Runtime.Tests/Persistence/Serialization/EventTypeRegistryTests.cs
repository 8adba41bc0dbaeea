using System.Text;
using System.Text.Json.Nodes;
using Maiev.Runtime.Persistence.Serialization;

namespace Maiev.Runtime.Tests.Persistence.Serialization;

public sealed class EventTypeRegistryTests
{
    private sealed record Moved(string Service, int Replicas);

    private sealed record MovedV1(string Name);

    [Fact]
    public void Serialize_stores_the_manifest_and_version_never_the_clr_type_name()
    {
        var registry = new EventTypeRegistry().Register<Moved>("service.moved", version: 3);

        var stored = registry.Serialize(new Moved("billing", 2));

        Assert.Equal(("service.moved", 3), (stored.Manifest, stored.Version));
        Assert.DoesNotContain(nameof(Moved), Encoding.UTF8.GetString(stored.Data), StringComparison.Ordinal);
        Assert.Equal(new Moved("billing", 2), registry.Deserialize(stored.Manifest, stored.Version, stored.Data, "p", 1));
    }

    [Fact]
    public void Deserialize_applies_upcasters_in_order_from_an_old_version()
    {
        var registry = new EventTypeRegistry()
            .Register<Moved>("service.moved", version: 3)
            .AddUpcaster("service.moved", 1, json => new JsonObject { ["service"] = json["name"]!.GetValue<string>() })
            .AddUpcaster("service.moved", 2, json =>
            {
                json["replicas"] = 1;
                return json;
            });
        var v1 = Encoding.UTF8.GetBytes("""{"name":"billing"}""");

        var upcast = registry.Deserialize("service.moved", 1, v1, "service-billing", 7);

        Assert.Equal(new Moved("billing", 1), upcast);
    }

    [Fact]
    public void Deserialize_of_an_unknown_manifest_names_id_sequence_number_and_manifest()
    {
        var registry = new EventTypeRegistry().Register<Moved>("service.moved");

        var error = Assert.Throws<EventDeserializationException>(() => registry.Deserialize("service.gone", 1, "{}"u8, "service-x", 42));

        Assert.Contains("'service-x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("42", error.Message, StringComparison.Ordinal);
        Assert.Contains("'service.gone'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_without_an_upcaster_path_says_which_step_is_missing()
    {
        var registry = new EventTypeRegistry().Register<Moved>("service.moved", version: 3)
            .AddUpcaster("service.moved", 1, json => json);

        var error = Assert.Throws<EventDeserializationException>(() => registry.Deserialize("service.moved", 1, "{}"u8, "p", 1));

        Assert.Contains("no upcaster from version 2 to 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_of_a_newer_version_than_the_code_knows_is_an_error()
    {
        var registry = new EventTypeRegistry().Register<Moved>("service.moved", version: 1);

        var error = Assert.Throws<EventDeserializationException>(() => registry.Deserialize("service.moved", 2, "{}"u8, "p", 1));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_of_an_unregistered_type_says_how_to_register_it()
    {
        var registry = new EventTypeRegistry();

        var error = Assert.Throws<EventSerializationException>(() => registry.Serialize(new MovedV1("x")));

        Assert.Contains("Register<MovedV1>", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("Maiev.Actors.ServiceMonitored, Maiev.Actors")]
    public void Register_refuses_a_malformed_manifest(string manifest)
    {
        var registry = new EventTypeRegistry();

        Assert.ThrowsAny<ArgumentException>(() => registry.Register<Moved>(manifest));
    }

    [Fact]
    public void Register_refuses_a_manifest_or_type_registered_twice()
    {
        var registry = new EventTypeRegistry().Register<Moved>("service.moved");

        var twiceManifest = Assert.Throws<ArgumentException>(() => registry.Register<MovedV1>("service.moved"));
        var twiceType = Assert.Throws<ArgumentException>(() => registry.Register<Moved>("service.moved-again"));

        Assert.Contains("already registered for Moved", twiceManifest.Message, StringComparison.Ordinal);
        Assert.Contains("already registered as 'service.moved'", twiceType.Message, StringComparison.Ordinal);
    }
}
