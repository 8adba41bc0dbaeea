namespace Maiev.Actors.Tests.Conformance;

/// <summary>A fact over maiev's conformance cases: skipped on a laptop without them, run (and failing) in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Marks a conformance test.</summary>
    public ConformanceFactAttribute() => Skip = MaievCases.SkipReason;
}
