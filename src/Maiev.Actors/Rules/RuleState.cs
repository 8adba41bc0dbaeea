using System.Collections.Immutable;

namespace Maiev.Actors.Rules;

/// <summary>
/// The mutable memory of one rule set between passes: each rule's value and when it last changed.
/// Owned by one evaluator (not thread-safe); <see cref="CompiledRuleSet.Evaluate"/> updates it in
/// place without allocating. <see cref="Snapshot"/> gives an immutable copy for events.
/// </summary>
internal sealed class RuleState
{
    private readonly sbyte[] _values;
    private readonly long[] _changedAt;

    /// <summary>Creates a state for <paramref name="count"/> rules, none evaluated yet.</summary>
    public RuleState(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _values = new sbyte[count];
        _changedAt = new long[count];
        Array.Fill(_values, (sbyte)-1);
    }

    /// <summary>How many rules the state holds.</summary>
    public int Count => _values.Length;

    /// <summary>The value of rule <paramref name="index"/>, or null before its first evaluation.</summary>
    public bool? ValueOf(int index) => _values[index] < 0 ? null : _values[index] == 1;

    /// <summary>When rule <paramref name="index"/> last changed, or null before its first evaluation.</summary>
    public DateTimeOffset? ChangedAt(int index) =>
        _values[index] < 0 ? null : new DateTimeOffset(_changedAt[index], TimeSpan.Zero);

    /// <summary>Sets a rule's memory (recovery from persisted history). A null value forgets the rule.</summary>
    public void Restore(int index, bool? value, DateTimeOffset changedAt)
    {
        _values[index] = value is null ? (sbyte)-1 : value.Value ? (sbyte)1 : (sbyte)0;
        _changedAt[index] = changedAt.UtcTicks;
    }

    /// <summary>An immutable copy, named with <paramref name="names"/> (the rule set's <see cref="CompiledRuleSet.RuleNames"/>).</summary>
    public ImmutableArray<RuleResult> Snapshot(ImmutableArray<string> names)
    {
        var builder = ImmutableArray.CreateBuilder<RuleResult>(Count);
        for (var i = 0; i < Count; i++)
        {
            builder.Add(new RuleResult(names[i], ValueOf(i), ChangedAt(i)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The raw values (-1 none, 0 false, 1 true), for the compiled pass.</summary>
    internal sbyte[] RawValues => _values;

    /// <summary>When each value changed (UTC ticks), for the compiled pass.</summary>
    internal long[] RawChanged => _changedAt;

    /// <summary>Scratch space for the metrics a compiled pass reads (sized on first use, then reused).</summary>
    internal double[] Slots { get; set; } = [];

    /// <summary>The raw value (-1 none, 0 false, 1 true) for the evaluator.</summary>
    internal sbyte RawValue(int index) => _values[index];

    /// <summary>Seconds since rule <paramref name="index"/> last changed; 0 when it has no value.</summary>
    internal double SecondsSinceChange(int index, long nowTicks) =>
        _values[index] < 0 ? 0 : Math.Max(0, (nowTicks - _changedAt[index]) / (double)TimeSpan.TicksPerSecond);

    /// <summary>Records this pass's value of rule <paramref name="index"/>; a changed value restarts its clock.</summary>
    internal void Record(int index, bool value, long nowTicks)
    {
        var raw = value ? (sbyte)1 : (sbyte)0;
        if (_values[index] != raw)
        {
            _values[index] = raw;
            _changedAt[index] = nowTicks;
        }
    }
}
