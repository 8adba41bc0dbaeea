using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using static Maiev.Actors.Tests.Rules.RuleTestKit;

namespace Maiev.Actors.Tests.Rules;

/// <summary>The JIT-compiled pass and the tree walker (its fallback without dynamic code) must agree.</summary>
public sealed class CompiledAndTreeAgreementTests
{
    [Fact]
    public void Compiled_and_tree_passes_agree_on_random_samples()
    {
        var result = CompiledRuleSet.Compile(
            ["a", "b"],
            [
                new RuleDefinition("ok", "a:waiting == 0 or a:latency < 0.200"),
                new RuleDefinition("fail", "a:latency > 5 xor b:exists"),
                new RuleDefinition("panic", "a:latency > 10 or (rules:fail and rules:fail:since > \"25s\")"),
                new RuleDefinition("math", "-a:waiting / (b:consumers - 1) * 2 + 1 >= -3 and not a:rate != 0"),
                new RuleDefinition("sets", "b:waiting in {0, 1, 2} or rules:later:since in {\"10s\", \"20s\"}"),
                new RuleDefinition("later", "not rules:ok and a:age <= 30 and a:utilisation >= 0.5"),
            ],
            "rules:panic or rules:math",
            "rules:ok and not rules:sets");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var set = result.RuleSet!;
        var compiled = set.CreateState();
        var tree = set.CreateState();
        var random = new Random(7);
        double? Maybe(double value) => random.Next(4) == 0 ? null : value;

        for (var pass = 0; pass < 2_000; pass++)
        {
            var now = T0.AddSeconds(pass * 5);
            var metrics = new QueueMetrics?[]
            {
                new(true, random.Next(0, 3), 0, Maybe(random.NextDouble() * 15), Maybe(random.Next(0, 60)), Maybe(random.Next(-1, 2)), 0, 0, 1, Maybe(random.NextDouble()), now),
                random.Next(10) == 0 ? null : new(random.Next(2) == 0, random.Next(0, 4), 0, null, null, null, 0, 0, random.Next(0, 3), null, now),
            };

            set.Evaluate(compiled, metrics, now);
            set.EvaluateTree(tree, metrics, now);

            for (var i = 0; i < set.RuleNames.Length; i++)
            {
                Assert.True(compiled.ValueOf(i) == tree.ValueOf(i) && compiled.ChangedAt(i) == tree.ChangedAt(i),
                    $"pass {pass}, rule {set.RuleNames[i]}: compiled {compiled.ValueOf(i)} since {compiled.ChangedAt(i)}, tree {tree.ValueOf(i)} since {tree.ChangedAt(i)}");
            }
        }
    }
}
