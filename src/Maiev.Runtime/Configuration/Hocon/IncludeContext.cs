namespace Maiev.Runtime.Configuration.Hocon;

/// <summary>Where relative includes are looked up, and how deep the include chain already is.</summary>
/// <param name="BaseDirectory">The including file's directory (the current directory for text without a file).</param>
/// <param name="Depth">How many includes enclose this document.</param>
internal sealed record IncludeContext(string BaseDirectory, int Depth)
{
    /// <summary>Includes nested deeper than this are rejected (an include cycle ends here).</summary>
    public const int MaxDepth = 32;
}
