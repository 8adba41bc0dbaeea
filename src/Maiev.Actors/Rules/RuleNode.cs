using System.Linq.Expressions;

namespace Maiev.Actors.Rules;

/// <summary>
/// A compiled expression node. Every value is a double: booleans are 1 and 0, durations are
/// seconds, and NaN is <em>unknown</em> (maiev's <c>None</c>). Evaluation never allocates.
/// </summary>
internal abstract class RuleNode
{
    /// <summary>Evaluates the node in <paramref name="frame"/>.</summary>
    public abstract double Evaluate(in EvalFrame frame);

    /// <summary>The same computation as an expression over the compiled pass's parameters (a double).</summary>
    public abstract Expression Build(RuleExpressionContext context);

    /// <summary>Truthiness: unknown and zero are false.</summary>
    public static bool IsTrue(double value) => RuleRuntime.IsTrue(value);

    /// <summary>A boolean as a value.</summary>
    public static double Of(bool value) => value ? 1 : 0;
}
