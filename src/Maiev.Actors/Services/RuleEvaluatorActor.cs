using System.Collections.Immutable;
using Maiev.Actors.Metrics;
using Maiev.Actors.Rules;
using Maiev.Actors.Scaling;
using Maiev.Actors.Specs;
using Maiev.Runtime.Actors;

namespace Maiev.Actors.Services;

/// <summary>
/// Compiles the spec's rules once and evaluates them, in order, on every probe reading (maiev semantics: earlier
/// rules give this pass's value, <c>since</c> is the time since a rule last changed). Unknown readings evaluate as
/// unknown resources, which the policy never scales on. Tells its parent <see cref="RulesEvaluated"/>.
/// </summary>
internal sealed class RuleEvaluatorActor : ReceiveActor
{
    private readonly CompiledRuleSet _rules;
    private readonly RuleState _state;
    private readonly QueueMetrics?[] _metrics;
    private readonly TimeProvider _time;
    private readonly string? _target;

    /// <summary>Creates the evaluator; the spec must have been validated (its rules compile).</summary>
    public RuleEvaluatorActor(ScaleSpec scale, ImmutableArray<RuleResult> restored, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var compilation = scale.CompileRules();
        _rules = compilation.RuleSet
            ?? throw new ArgumentException("the spec's rules do not compile: " + string.Join("; ", compilation.Errors), nameof(scale));
        _state = restored.IsDefaultOrEmpty ? _rules.CreateState() : _rules.CreateState(restored);
        _metrics = new QueueMetrics?[_rules.Resources.Length];
        _time = time;
        _target = scale.Mode == ScaleMode.Target ? scale.Target?.Resource : null;
        Receive<ProbeReading>(OnReading);
    }

    /// <summary>Props for an evaluator of <paramref name="scale"/>, continuing from <paramref name="restored"/> rule results.</summary>
    public static Props Props(ScaleSpec scale, ImmutableArray<RuleResult> restored, TimeProvider time) =>
        Maiev.Runtime.Actors.Props.Create(() => new RuleEvaluatorActor(scale, restored, time));

    private void OnReading(ProbeReading reading)
    {
        var index = _rules.Resources.IndexOf(reading.Resource);
        if (index < 0)
        {
            return;
        }

        _metrics[index] = reading.State == ProbeState.Up ? reading.Metrics : null;
        var now = _time.GetUtcNow();
        if (Array.TrueForAll(_metrics, m => m is not null))
        {
            // Unknown data must not move the rules (nor their "since"): the policy holds on unknown resources.
            _rules.Evaluate(_state, _metrics, now);
        }

        var input = ScalingInput.FromRules(null, _rules, _state, _metrics, _target);
        var metrics = ImmutableDictionary.CreateRange(
            StringComparer.Ordinal,
            _rules.Resources.Select((name, i) => KeyValuePair.Create(name, _metrics[i])));
        Context.Parent.Tell(new RulesEvaluated(input, metrics));
    }
}
