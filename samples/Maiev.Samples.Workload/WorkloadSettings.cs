using System.Globalization;

namespace Maiev.Samples.Workload;

/// <summary>
/// The workload's configuration. Each setting comes from an argument (<c>--queue NAME</c>) or,
/// failing that, its environment variable (<c>WORKLOAD_QUEUE</c>); arguments win.
/// </summary>
/// <param name="Mode">Produce or consume (first argument, or <c>WORKLOAD_MODE</c>).</param>
/// <param name="Amqp">The broker URI (<c>--amqp</c>, <c>WORKLOAD_AMQP</c>).</param>
/// <param name="Queue">The queue both modes declare (<c>--queue</c>, <c>WORKLOAD_QUEUE</c>).</param>
/// <param name="Rate">
/// Messages per second (<c>--rate</c>, <c>WORKLOAD_RATE</c>): for <c>consume</c> what one replica
/// handles; for <c>produce</c> the publish pace, 0 meaning as fast as confirms allow.
/// </param>
/// <param name="Count">
/// Messages (<c>--count</c>, <c>WORKLOAD_COUNT</c>): for <c>produce</c> how many to publish; for
/// <c>consume</c> exit after that many, 0 meaning run until SIGTERM.
/// </param>
/// <param name="Prefetch">Unacknowledged messages a consumer holds (<c>--prefetch</c>, <c>WORKLOAD_PREFETCH</c>).</param>
/// <param name="Version">A label printed at start so rollouts are visible (<c>--version</c>, <c>WORKLOAD_VERSION</c>).</param>
internal sealed record WorkloadSettings(
    WorkloadMode Mode,
    Uri Amqp,
    string Queue,
    double Rate,
    int Count,
    ushort Prefetch,
    string Version)
{
    /// <summary>The usage text printed on a usage error.</summary>
    public const string Usage =
        "usage: workload produce|consume [--amqp URI] [--queue NAME] [--rate N] [--count N] [--prefetch N] [--version V]\n" +
        "       (or WORKLOAD_MODE, WORKLOAD_AMQP, WORKLOAD_QUEUE, WORKLOAD_RATE, WORKLOAD_COUNT, WORKLOAD_PREFETCH, WORKLOAD_VERSION)";

    /// <summary>
    /// Reads the settings from <paramref name="args"/> and <paramref name="environment"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A value is missing or malformed; the message names it.</exception>
    public static WorkloadSettings Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? mode = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                if (!Names.Contains(name))
                {
                    throw new ArgumentException($"unknown option '{arg}'");
                }

                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"option '{arg}' needs a value");
                }

                options[name] = args[++i];
            }
            else if (mode is null)
            {
                mode = arg;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }

        string? Value(string name) =>
            options.TryGetValue(name, out var value) ? value : environment("WORKLOAD_" + name.ToUpperInvariant());

        var parsedMode = (mode ?? Value("mode")) switch
        {
            "produce" => WorkloadMode.Produce,
            "consume" => WorkloadMode.Consume,
            null or "" => throw new ArgumentException("the mode is missing: give 'produce' or 'consume' (or WORKLOAD_MODE)"),
            var other => throw new ArgumentException($"mode '{other}' is not 'produce' or 'consume'"),
        };

        var amqpText = Value("amqp") is { Length: > 0 } a ? a : "amqp://guest:guest@127.0.0.1:5672/";
        if (!Uri.TryCreate(amqpText, UriKind.Absolute, out var amqp) || amqp.Scheme is not ("amqp" or "amqps"))
        {
            throw new ArgumentException("amqp (WORKLOAD_AMQP) must be an amqp:// or amqps:// URI");
        }

        var queue = Value("queue") is { Length: > 0 } q ? q : "maiev-workload";
        if (queue.Length > 255)
        {
            throw new ArgumentException("queue (WORKLOAD_QUEUE) is longer than 255 characters");
        }

        var rate = Number("rate", Value("rate"), parsedMode == WorkloadMode.Consume ? 10 : 0);
        if (parsedMode == WorkloadMode.Consume && rate <= 0)
        {
            throw new ArgumentException("rate (WORKLOAD_RATE) must be above 0 for consume");
        }

        var count = (int)Number("count", Value("count"), parsedMode == WorkloadMode.Produce ? 100 : 0, whole: true);
        var prefetch = Number("prefetch", Value("prefetch"), 2, whole: true);
        if (prefetch is < 1 or > ushort.MaxValue)
        {
            throw new ArgumentException($"prefetch (WORKLOAD_PREFETCH) must be between 1 and {ushort.MaxValue}");
        }

        var version = Value("version") is { Length: > 0 } v ? v : "dev";
        return new WorkloadSettings(parsedMode, amqp, queue, rate, count, (ushort)prefetch, version);
    }

    /// <summary>The broker URI with any password replaced by <c>***</c>, safe to print.</summary>
    public string RedactedAmqp =>
        string.IsNullOrEmpty(Amqp.UserInfo)
            ? Amqp.ToString()
            : new UriBuilder(Amqp) { Password = Amqp.UserInfo.Contains(':', StringComparison.Ordinal) ? "***" : string.Empty }.Uri.ToString();

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "mode", "amqp", "queue", "rate", "count", "prefetch", "version",
    };

    private static double Number(string name, string? text, double fallback, bool whole = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < 0 || double.IsInfinity(value) || double.IsNaN(value) || value > int.MaxValue
            || (whole && value != Math.Floor(value)))
        {
            throw new ArgumentException(
                $"{name} (WORKLOAD_{name.ToUpperInvariant()}) must be a {(whole ? "whole number" : "number")} of 0 or more, not '{text}'");
        }

        return value;
    }
}
