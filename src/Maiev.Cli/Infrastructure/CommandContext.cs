using System.CommandLine;
using Maiev.Cli.Http;
using Maiev.Cli.Rendering;

namespace Maiev.Cli.Infrastructure;

/// <summary>One running command: its parsed arguments, the node client and the renderer.</summary>
internal sealed record CommandContext(ParseResult ParseResult, NodeClient Node, Renderer Output, CliEnvironment Environment);
