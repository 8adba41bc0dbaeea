using Maiev.Benchmarks.Harness;

// dotnet run -c Release --project bench/Maiev.Benchmarks -- [suite...]
// With no suite named, every suite runs. Each suite prints its figures and its ratio
// against a baseline measured in the same run.
var suites = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Suite, StringComparer.Ordinal)
    .ToList();

var wanted = args.Length == 0 ? suites : suites.Where(s => args.Contains(s.Suite, StringComparer.OrdinalIgnoreCase)).ToList();
if (wanted.Count == 0)
{
    Console.Error.WriteLine($"unknown suite '{string.Join(' ', args)}'; suites: {string.Join(", ", suites.Select(s => s.Suite))}");
    return 2;
}

Console.WriteLine($"maiev benchmarks on {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
var report = new BenchReport();
foreach (var suite in wanted)
{
    Console.WriteLine();
    Console.WriteLine($"== {suite.Suite}");
    await suite.RunAsync(report, CancellationToken.None);
}

return 0;
