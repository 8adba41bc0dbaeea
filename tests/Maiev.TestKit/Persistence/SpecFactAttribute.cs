using Xunit;
using Xunit.Sdk;

namespace Maiev.TestKit.Persistence;

/// <summary>
/// A fact of a conformance spec. It runs like <see cref="FactAttribute"/>, except when the concrete test class carries
/// <see cref="NeedsServersAttribute"/>: then it follows the <c>[ServerFact]</c> rule (skip on a laptop without the
/// server, run and fail when <c>CI=true</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Maiev.TestKit.Persistence.SpecFactDiscoverer", "Maiev.TestKit")]
public sealed class SpecFactAttribute : FactAttribute
{
}
