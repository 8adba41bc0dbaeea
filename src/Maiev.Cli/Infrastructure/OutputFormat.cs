namespace Maiev.Cli.Infrastructure;

/// <summary>How a command prints its result: <c>--output table|json</c>.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and sentences for people (the default).</summary>
    Table,

    /// <summary>The node's JSON, indented, for scripts; follow mode prints one JSON object per line.</summary>
    Json,
}
