namespace Maiev.Cli.Infrastructure;

/// <summary>What every command factory needs: the process environment and the global options.</summary>
internal sealed record CliContext(CliEnvironment Environment, GlobalOptions Options);
