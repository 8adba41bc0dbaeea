using System.Collections.Concurrent;
using System.Text.Json;
using Maiev.Actors.Services;

namespace Maiev.Node.Metrics;

/// <summary>
/// Counters fed by the live service events (decisions by direction, upgrades by outcome, probe faults by resource)
/// and the journal write latency histogram. Thread-safe.
/// </summary>
internal sealed class NodeMetrics
{
    /// <summary>Upper bounds (seconds) of the journal write histogram.</summary>
    public static readonly double[] Buckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly ConcurrentDictionary<(string Service, string Label), long> _decisions = new();
    private readonly ConcurrentDictionary<(string Service, string Label), long> _upgrades = new();
    private readonly ConcurrentDictionary<(string Service, string Label), long> _probeErrors = new();
    private readonly long[] _bucketCounts = new long[Buckets.Length];
    private readonly Lock _histogramGate = new();
    private double _writeSum;
    private long _writeCount;

    /// <summary>Decisions per (service, direction up/down).</summary>
    public IReadOnlyDictionary<(string Service, string Label), long> Decisions => _decisions;

    /// <summary>Finished upgrades per (service, outcome completed/rolled_back/failed).</summary>
    public IReadOnlyDictionary<(string Service, string Label), long> Upgrades => _upgrades;

    /// <summary>Probe faults per (service, resource).</summary>
    public IReadOnlyDictionary<(string Service, string Label), long> ProbeErrors => _probeErrors;

    /// <summary>Counts one service event.</summary>
    public void Record(ServiceEventPublished published)
    {
        var service = published.ServiceName;
        var data = published.Entry.Data;
        switch (published.Entry.Type)
        {
            case "ScaleDecided":
                var direction = Int(data, "to") is { } to && Int(data, "from") is { } from ? (to > from ? "up" : to < from ? "down" : "none") : "unknown";
                _decisions.AddOrUpdate((service, direction), 1, (_, n) => n + 1);
                break;
            case "UpgradeCompleted":
                _upgrades.AddOrUpdate((service, "completed"), 1, (_, n) => n + 1);
                break;
            case "UpgradeRolledBack":
                _upgrades.AddOrUpdate((service, "rolled_back"), 1, (_, n) => n + 1);
                break;
            case "UpgradeFailed":
                _upgrades.AddOrUpdate((service, "failed"), 1, (_, n) => n + 1);
                break;
            case "FaultObserved" when String(data, "child") is { } child && child.StartsWith("probe-", StringComparison.Ordinal):
                _probeErrors.AddOrUpdate((service, child["probe-".Length..]), 1, (_, n) => n + 1);
                break;
        }
    }

    /// <summary>Records one journal write that took <paramref name="elapsed"/>.</summary>
    public void RecordJournalWrite(TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        lock (_histogramGate)
        {
            for (var i = 0; i < Buckets.Length; i++)
            {
                if (seconds <= Buckets[i])
                {
                    _bucketCounts[i]++;
                }
            }

            _writeSum += seconds;
            _writeCount++;
        }
    }

    /// <summary>The cumulative bucket counts, the sum and the count of journal writes.</summary>
    public (long[] Buckets, double Sum, long Count) JournalWrites()
    {
        lock (_histogramGate)
        {
            return ((long[])_bucketCounts.Clone(), _writeSum, _writeCount);
        }
    }

    private static int? Int(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : null;

    private static string? String(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
