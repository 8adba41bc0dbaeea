namespace Maiev.Node.Hosting;

/// <summary>The node refuses to start (bad configuration, exposed without a token); the message says what to do.</summary>
internal sealed class NodeStartupException(string message) : Exception(message);
