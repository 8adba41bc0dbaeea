using Maiev.Actors.Rules;
using static Maiev.Actors.Tests.Rules.RuleTestKit;

namespace Maiev.Actors.Tests.Rules;

public sealed class RuleErrorTests
{
    [Theory]
    [InlineData("rmq:waiting >", 1, 14, "ends where a value was expected")]
    [InlineData("rmq:waiting > > 1", 1, 15, "unexpected '>'")]
    [InlineData("(rmq:waiting > 1", 1, 17, "expected ')'")]
    [InlineData("rmq:waiting > 1 1", 1, 17, "after a complete expression")]
    [InlineData("rmq:waiting # 1", 1, 13, "unexpected character '#'")]
    [InlineData("rmq:waiting > 1 and\n  rmq:wating > 2", 2, 3, "unknown metric 'wating'")]
    [InlineData("queue:waiting > 1", 1, 1, "unknown resource 'queue'")]
    [InlineData("rules:nope", 1, 1, "unknown rule 'nope'")]
    [InlineData("rules:main:age > \"1s\"", 1, 1, "rules:<name>:since")]
    [InlineData("rmq:waiting:x > 1", 1, 1, "unknown identifier")]
    [InlineData("rules:main:since > 25", 1, 20, "write the duration as a string")]
    [InlineData("rules:main:since > \"soon\"", 1, 20, "is not a duration")]
    [InlineData("rmq:waiting > \"25s\"", 1, 15, "a string is only compared with rules:<name>:since")]
    [InlineData("rmq:waiting + rmq:exists > 1", 1, 15, "'+' needs numbers")]
    [InlineData("\"abc", 1, 1, "is not closed")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("rmq:waiting in {rmq:consumers}", 1, 17, "number literals")]
    public void Errors_name_the_problem_and_its_line_and_column(string expression, int line, int column, string message)
    {
        var error = SingleError(expression);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(line, column), error.Position);
        Assert.Equal("rules[0].expression", error.Source);
    }

    [Fact]
    public void Compile_reports_every_error_of_every_rule_and_condition()
    {
        var result = CompiledRuleSet.Compile(
            ["rmq"],
            [new RuleDefinition("a", "rmq:nope > 1"), new RuleDefinition("a", "1 =="), new RuleDefinition("9bad", "1 == 1")],
            scaleUp: "rules:missing",
            scaleDown: "rmq:waiting >");

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["rules[1].name", "rules[2].name", "rules[0].expression", "rules[1].expression", "scale_up", "scale_down"],
            result.Errors.Select(e => e.Source).ToArray());
    }

    [Fact]
    public void Reserved_scale_rule_names_are_dropped_and_the_conditions_appended()
    {
        var result = CompiledRuleSet.Compile(["rmq"], [new RuleDefinition("a", "rmq:exists"), new RuleDefinition("__scale_up__", "nonsense ((")], "rules:a", "not rules:a", "rmq:waiting > 0");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["a", "__scale_up__", "__scale_down__", "__activate__"], result.RuleSet!.RuleNames.ToArray());
        Assert.Equal((1, 2, 3), (result.RuleSet.ScaleUpIndex, result.RuleSet.ScaleDownIndex, result.RuleSet.ActivationIndex));
    }
}
