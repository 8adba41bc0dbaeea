using Xunit;

namespace Maiev.TestKit;

/// <summary>A fact that reads <c>../shared/{relative}</c>: skipped on a laptop without it, run (and failing) when <c>CI=true</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Marks a test as reading <paramref name="relative"/> under the shared folder.</summary>
    public SharedDataFactAttribute(string relative)
    {
        Relative = relative;
        Skip = SharedData.SkipReason(relative);
    }

    /// <summary>The path under the shared folder the test reads.</summary>
    public string Relative { get; }
}
