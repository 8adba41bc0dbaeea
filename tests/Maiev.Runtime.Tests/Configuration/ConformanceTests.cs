using System.Text.Json;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Runtime.Tests.Configuration;

/// <summary>The equivalence sets of the reference implementation, read from ../shared/conformance/hocon.</summary>
public sealed class ConformanceTests
{
    // equiv01: 11 files, equiv02: 3, equiv05: 2. A file that silently stops being checked fails this count.
    private const int ExpectedFiles = 16;
    private const int ExpectedJsonFiles = 4;

    [ConformanceFact]
    public void Every_variant_resolves_to_its_original_json_and_every_json_parses_as_hocon()
    {
        // Arrange
        var root = RepoPaths.HoconConformance;
        Assert.True(Directory.Exists(root), $"conformance folder missing: {root}");
        var folders = Directory.GetDirectories(root, "equiv*").Order(StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var checkedFiles = 0;
        var checkedJson = 0;

        // Act
        foreach (var folder in folders)
        {
            using var original = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "original.json")));
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                checkedFiles++;
                if (file.EndsWith(".json", StringComparison.Ordinal))
                    checkedJson++;
                try
                {
                    var config = HoconParser.ParseFile(file).Resolve(ConfigResolveOptions.Default);
                    if (JsonEquivalence.Difference(original.RootElement, config.Root) is { } difference)
                        failures.Add($"{Path.GetFileName(folder)}/{Path.GetFileName(file)}: {difference}");
                }
                catch (ConfigException e)
                {
                    failures.Add($"{Path.GetFileName(folder)}/{Path.GetFileName(file)}: {e.Message}");
                }
            }
        }

        // Assert
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(ExpectedFiles, checkedFiles);
        Assert.Equal(ExpectedJsonFiles, checkedJson);
    }
}
