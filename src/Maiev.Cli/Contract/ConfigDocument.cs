using System.Text.Json;

namespace Maiev.Cli.Contract;

/// <summary><c>GET /api/v1/config</c>: the effective configuration with secrets shown as <c>***</c>.</summary>
internal sealed record ConfigDocument(string NodeId, IReadOnlyList<string> Origins, IReadOnlyList<string> Masked, JsonElement Config);
