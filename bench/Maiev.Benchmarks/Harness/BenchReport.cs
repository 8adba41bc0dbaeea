using System.Globalization;

namespace Maiev.Benchmarks.Harness;

/// <summary>Collects figures and prints them as aligned lines, ratios last.</summary>
internal sealed class BenchReport
{
    private readonly List<string> _lines = [];

    /// <summary>Records a measured figure.</summary>
    public void Figure(string name, double value, string unit) =>
        Write($"{name,-58} {Format(value),14} {unit}");

    /// <summary>Records subject/baseline, with what the goal is.</summary>
    public void Ratio(string name, double subject, double baseline, string goal) =>
        Write($"{name,-58} {Format(subject / baseline),14} x baseline   (goal: {goal})");

    /// <summary>Records a free-form note.</summary>
    public void Note(string text) => Write("  " + text);

    /// <summary>Every line written so far.</summary>
    public IReadOnlyList<string> Lines => _lines;

    private void Write(string line)
    {
        _lines.Add(line);
        Console.WriteLine(line);
    }

    private static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "N0" : "0.###", CultureInfo.InvariantCulture);
}
