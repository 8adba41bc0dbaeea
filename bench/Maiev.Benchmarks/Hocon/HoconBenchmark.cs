using System.Globalization;
using System.Text;
using System.Text.Json;
using Maiev.Benchmarks.Harness;
using Maiev.Runtime.Configuration;
using Maiev.Runtime.Configuration.Hocon;

namespace Maiev.Benchmarks.Hocon;

/// <summary>
/// Parse + resolve of a generated 1 MB HOCON config (comments, unquoted strings, path keys,
/// substitutions, concatenations, durations, lists), against System.Text.Json parsing the
/// equivalent (already substituted) JSON document in the same run. Goal: under 100 ms.
/// </summary>
internal sealed class HoconBenchmark : IBenchmark
{
    private const int TargetBytes = 1 << 20;

    public string Suite => "hocon";

    public Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var (hocon, json, services) = Generate();
        var bytes = Encoding.UTF8.GetBytes(json);

        // Same content: the resolved HOCON must equal the JSON, or the comparison means nothing.
        // The first parse in the process (tier-0 code, JIT) is what a node pays once at start.
        Config resolved = Config.Empty;
        var cold = CpuTimed.Once(() => resolved = HoconParser.Parse(hocon).Resolve());
        if (resolved.GetInt($"services.svc-{services - 1:D5}.replicas.max") != 10 + (services - 1) % 7
            || resolved.GetString("services.svc-00000.queue") != "maiev.svc-00000.in")
            throw new InvalidOperationException("generated HOCON does not resolve to the generated JSON");

        // Wall time suffers when the machine is loaded; process CPU time (same run, same method for the
        // baseline) much less, so both are reported and the ratio uses CPU time.
        const int Rounds = 9;
        var whole = CpuTimed.Best(() => HoconParser.Parse(hocon).Resolve(), Rounds);
        var baseline = CpuTimed.Best(() => { using var d = JsonDocument.Parse(bytes); }, Rounds);
        var tokenize = CpuTimed.Best(() => Tokenizer.Tokenize(hocon, "bench"), Rounds);
        var parseOnly = CpuTimed.Best(() => HoconParser.Parse(hocon), Rounds);
        var parsed = HoconParser.Parse(hocon);
        var resolve = CpuTimed.Best(() => parsed.Resolve(), Rounds);

        report.Note($"document: {hocon.Length / 1024} KiB HOCON, {bytes.Length / 1024} KiB JSON, {services} services; warm: best of {Rounds} after warm-up, each after a full GC");
        report.Figure("hocon: parse + resolve 1 MB, warm, CPU", whole.CpuMs, "ms");
        report.Figure("hocon: parse + resolve 1 MB, warm, wall", whole.WallMs, "ms");
        report.Figure("hocon: parse + resolve 1 MB, first run (cold JIT), CPU", cold.CpuMs, "ms");
        report.Figure("hocon: parse + resolve 1 MB, first run (cold JIT), wall", cold.WallMs, "ms");
        report.Figure("hocon:   tokenize only, warm, CPU", tokenize.CpuMs, "ms");
        report.Figure("hocon:   parse only (incl. tokenize), warm, CPU", parseOnly.CpuMs, "ms");
        report.Figure("hocon:   resolve only, warm, CPU", resolve.CpuMs, "ms");
        report.Figure("hocon: System.Text.Json JsonDocument.Parse (baseline), warm, CPU", baseline.CpuMs, "ms");
        report.Figure("hocon: System.Text.Json JsonDocument.Parse (baseline), warm, wall", baseline.WallMs, "ms");
        report.Ratio("hocon: parse + resolve warm CPU time vs JsonDocument", whole.CpuMs, baseline.CpuMs, "parse + resolve < 100 ms");
        return Task.CompletedTask;
    }

    private static (string Hocon, string Json, int Services) Generate()
    {
        var hocon = new StringBuilder("# generated benchmark configuration\ndefaults {\n  prefix = maiev\n  limits { cpu = 0.5, memory = 512MiB }\n}\nservices {\n");
        var json = new StringBuilder("{\"defaults\":{\"prefix\":\"maiev\",\"limits\":{\"cpu\":0.5,\"memory\":\"512MiB\"}},\"services\":{");
        var i = 0;
        for (; hocon.Length < TargetBytes; i++)
        {
            var name = $"svc-{i:D5}";
            var max = 10 + i % 7;
            hocon.Append(CultureInfo.InvariantCulture, $$"""
                  // service {{i}}: scaled on its input queue
                  {{name}} {
                    image = "registry.local/team/{{name}}:1.{{i % 10}}.{{i % 3}}"
                    replicas { min = 1, max = {{max}} }
                    queue = ${defaults.prefix}.{{name}}.in
                    cooldown = 30s
                    tags = [ web, "tier-{{i % 4}}", blue ]
                    enabled = true
                    weight = 0.75
                    limits = ${defaults.limits} { cpu = 1.5 }
                  }
                  {{name}}.replicas.min = 2

                """);
            if (i > 0)
                json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $$$"""
                "{{{name}}}":{"image":"registry.local/team/{{{name}}}:1.{{{i % 10}}}.{{{i % 3}}}","replicas":{"min":2,"max":{{{max}}}},"queue":"maiev.{{{name}}}.in","cooldown":"30s","tags":["web","tier-{{{i % 4}}}","blue"],"enabled":true,"weight":0.75,"limits":{"cpu":1.5,"memory":"512MiB"}}
                """);
        }

        hocon.Append("}\n");
        json.Append("}}");
        return (hocon.ToString(), json.ToString(), i);
    }
}
