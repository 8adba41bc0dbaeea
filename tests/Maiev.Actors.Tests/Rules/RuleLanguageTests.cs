using static Maiev.Actors.Tests.Rules.RuleTestKit;

namespace Maiev.Actors.Tests.Rules;

public sealed class RuleLanguageTests
{
    [Theory]
    [InlineData("rmq:waiting > 10 and rmq:consumers == 2", true)]
    [InlineData("rmq:waiting > 100 or rmq:consumers == 2", true)]
    [InlineData("rmq:waiting > 100 or rmq:consumers == 3", false)]
    [InlineData("not rmq:waiting > 100", true)]
    [InlineData("~(rmq:waiting > 100)", true)]
    [InlineData("rmq:waiting > 10 xor rmq:consumers == 2", false)]
    [InlineData("rmq:waiting > 10 ^ rmq:consumers == 3", true)]
    [InlineData("rmq:waiting > 10 & rmq:consumers == 2 | rmq:exists", true)]
    [InlineData("rmq:waiting in {0, 50, 1,000}", true)]
    [InlineData("rmq:waiting in {0,1}", false)]
    [InlineData("rmq:waiting / rmq:consumers > 20", true)]
    [InlineData("rmq:waiting / rmq:consumers > 25", false)]
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("(1 + 2) * 3 == 9", true)]
    [InlineData("-rmq:waiting < -49", true)]
    [InlineData("10 - 4 - 3 == 3", true)]
    [InlineData("1,000,000 == 1000000", true)]
    [InlineData("0.5 + .5 == 1", true)]
    [InlineData("rmq:waiting", true)]
    [InlineData("rmq:exists and rmq:waiting >= 50 and rmq:waiting <= 50 and rmq:waiting != 51", true)]
    public void Expressions_evaluate_like_maiev_plus_arithmetic(string expression, bool expected)
    {
        Assert.Equal(expected, Eval(expression, Sample(waiting: 50, consumers: 2)));
    }

    [Theory]
    [InlineData("rmq:latency < 5", false)]
    [InlineData("rmq:latency > 5", false)]
    [InlineData("rmq:latency == 5", false)]
    [InlineData("rmq:latency <= 5", true)]
    [InlineData("rmq:latency >= 5", true)]
    [InlineData("rmq:latency != 5", true)]
    [InlineData("5 > rmq:latency", false)]
    [InlineData("rmq:latency in {5}", false)]
    [InlineData("rmq:latency + 1 > 0", false)]
    [InlineData("rmq:latency", false)]
    [InlineData("not rmq:latency", true)]
    public void An_unknown_metric_compares_like_maiev_none(string expression, bool expected)
    {
        Assert.Equal(expected, Eval(expression, Sample(latency: null)));
    }

    [Fact]
    public void Division_by_zero_is_unknown_not_infinity()
    {
        Assert.Equal(false, Eval("rmq:waiting / rmq:consumers > 1", Sample(waiting: 10, consumers: 0)));
        Assert.Equal(true, Eval("rmq:waiting / rmq:consumers != 1", Sample(waiting: 10, consumers: 0)));
    }

    [Fact]
    public void A_resource_without_a_sample_reads_every_metric_as_unknown()
    {
        Assert.Equal(false, Eval("rmq:exists", null));
        Assert.Equal(false, Eval("rmq:waiting > 0", null));
    }

    [Fact]
    public void Rules_run_in_order_later_rules_give_their_previous_result()
    {
        var set = Compile(("early", "rules:late"), ("late", "rmq:waiting > 0"), ("after", "rules:late"));
        var state = set.CreateState();

        set.Evaluate(state, new[] { Sample(waiting: 5) }, T0);
        Assert.Equal(false, state.ValueOf(0)); // 'late' had no result yet
        Assert.Equal(true, state.ValueOf(2));

        set.Evaluate(state, new[] { Sample(waiting: 0) }, T0.AddSeconds(10));
        Assert.Equal(true, state.ValueOf(0)); // previous pass's 'late'
        Assert.Equal(false, state.ValueOf(1));
        Assert.Equal(false, state.ValueOf(2)); // this pass's 'late'
    }

    [Fact]
    public void Since_counts_from_the_last_change_and_restarts_on_change()
    {
        var set = Compile(("busy", "rmq:waiting > 0"), ("steady", "rules:busy and rules:busy:since >= \"20s\""));
        var state = set.CreateState();
        bool? Pass(int seconds, double waiting)
        {
            set.Evaluate(state, new[] { Sample(waiting: waiting) }, T0.AddSeconds(seconds));
            return state.ValueOf(1);
        }

        Assert.Equal(false, Pass(0, 5));   // just became true: since = 0
        Assert.Equal(false, Pass(10, 5));  // 10 s
        Assert.Equal(true, Pass(20, 5));   // 20 s
        Assert.Equal(false, Pass(25, 0));  // changed to false
        Assert.Equal(false, Pass(30, 5));  // changed back: since restarts
        Assert.Equal(true, Pass(50, 5));
        Assert.Equal(T0.AddSeconds(30), state.ChangedAt(0));
    }

    [Fact]
    public void Since_compares_with_durations_in_maiev_forms()
    {
        var set = Compile(("a", "rmq:exists"), ("b", "rules:a:since > \"1 minutes\""), ("c", "rules:a:since in {\"0 d 0 h 0 m 90 s\"}"), ("d", "rules:a:since < \"1:31\""));
        var state = set.CreateState();
        state.Restore(0, true, T0.AddSeconds(-90));

        set.Evaluate(state, new[] { Sample() }, T0);

        Assert.Equal(true, state.ValueOf(1));
        Assert.Equal(true, state.ValueOf(2));
        Assert.Equal(true, state.ValueOf(3));
    }

    [Fact]
    public void State_restored_by_name_survives_a_recompile()
    {
        var set = Compile(("a", "rmq:exists"), ("b", "rules:a:since > \"30s\""));
        var state = set.CreateState();
        set.Evaluate(state, new[] { Sample() }, T0);
        var snapshot = state.Snapshot(set.RuleNames);

        var recompiled = Compile(("a", "rmq:exists"), ("b", "rules:a:since > \"30s\""));
        var restored = recompiled.CreateState(snapshot);
        recompiled.Evaluate(restored, new[] { Sample() }, T0.AddSeconds(31));

        Assert.Equal(true, restored.ValueOf(1));
        Assert.Equal(T0, restored.ChangedAt(0));
    }
}
