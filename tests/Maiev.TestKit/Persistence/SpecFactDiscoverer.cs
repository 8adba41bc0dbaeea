using System.Reflection;
using Maiev.TestKit.Servers;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Maiev.TestKit.Persistence;

/// <summary>Discovers <see cref="SpecFactAttribute"/> facts, skipping them per <see cref="NeedsServersAttribute"/> of the concrete class.</summary>
public sealed class SpecFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var needs = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<NeedsServersAttribute>(inherit: true);
        var skip = needs is null ? null : ServerSkip.Reason(needs.Servers);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        return skip is null
            ? [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)]
            : [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skip)];
    }
}
