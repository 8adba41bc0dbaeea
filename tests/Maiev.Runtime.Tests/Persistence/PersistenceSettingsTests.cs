using Maiev.Runtime.Persistence;

namespace Maiev.Runtime.Tests.Persistence;

public sealed class PersistenceSettingsTests
{
    [Fact]
    public void Validate_accepts_the_embedded_default()
    {
        Assert.Empty(PersistenceSettings.Sqlite("/var/lib/maiev/maiev.db").Validate());
    }

    [Fact]
    public void Validate_reports_every_problem_with_its_key_and_never_the_connection_string()
    {
        var settings = new PersistenceSettings(JournalPlugin.Postgres, null, Schema: "Bad-Schema", SnapshotEvery: -1);

        var errors = settings.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("maiev.persistence.connection-string:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("maiev.persistence.schema: 'Bad-Schema'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("maiev.persistence.snapshot-every: -1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_does_not_quote_a_connection_string_that_may_hold_a_password()
    {
        var settings = new PersistenceSettings(JournalPlugin.Postgres, "Host=db;Password=hunter2", Schema: "1bad");

        var error = Assert.Single(settings.Validate());

        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }
}
