using System.Runtime.CompilerServices;

namespace Maiev.Actors.Rules;

/// <summary>
/// The small operations compiled rules call (kept here so the tree walker and the compiled pass
/// agree). Public only so the JIT may inline them into the dynamically compiled pass (calls that
/// need skipped visibility checks are not inlined); not an API for other projects.
/// </summary>
public static class RuleRuntime
{
    /// <summary>Truthiness: unknown (NaN) and zero are false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(double value) => value != 0 && !double.IsNaN(value);

    /// <summary>A boolean as a value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(bool value) => value ? 1 : 0;

    /// <summary>A rule's value: NaN before its first evaluation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value(sbyte[] values, int index) => values[index] < 0 ? double.NaN : values[index];

    /// <summary>Seconds since a rule last changed; 0 when it has no value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Since(sbyte[] values, long[] changed, int index, long now) =>
        values[index] < 0 ? 0 : Math.Max(0, (now - changed[index]) / (double)TimeSpan.TicksPerSecond);

    /// <summary>Division where dividing by zero is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Divide(double left, double right) => right == 0 ? double.NaN : left / right;

    /// <summary>Membership; unknown is in no set.</summary>
    public static double In(double value, double[] members)
    {
        foreach (var member in members)
        {
            if (member == value)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>Records a rule's value for this pass; a change restarts its clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Record(sbyte[] values, long[] changed, int index, double value, long now)
    {
        var raw = IsTrue(value) ? (sbyte)1 : (sbyte)0;
        if (values[index] != raw)
        {
            values[index] = raw;
            changed[index] = now;
        }
    }
}
