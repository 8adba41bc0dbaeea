namespace Maiev.Cli.Contract;

/// <summary><c>GET /api/v1/shards</c>.</summary>
internal sealed record ShardList(int ShardCount, IReadOnlyList<ShardInfo> Shards);

/// <summary>One shard: its owner (<see langword="null"/> while unowned) and its services.</summary>
internal sealed record ShardInfo(int Shard, string? Owner, string State, IReadOnlyList<string> Services);
