namespace Maiev.Actors.Tests.Conformance;

/// <summary>Collects every failing case of an area so one run names them all.</summary>
internal sealed class CaseFailures
{
    private readonly List<string> _failures = [];

    public int Checked { get; private set; }

    public void Check(int id, string name, bool ok, string detail)
    {
        Checked++;
        if (!ok)
        {
            _failures.Add($"case {id} ({name}): {detail}");
        }
    }

    public void AssertNone(int expectedAtLeast)
    {
        Assert.True(Checked >= expectedAtLeast, $"only {Checked} cases were checked, expected at least {expectedAtLeast}");
        Assert.True(_failures.Count == 0, $"{_failures.Count} of {Checked} cases failed:\n" + string.Join('\n', _failures));
    }
}
