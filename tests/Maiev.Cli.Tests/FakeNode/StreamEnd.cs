namespace Maiev.Cli.Tests.FakeNode;

/// <summary>How the fake node's event stream ends once its script is sent.</summary>
internal enum StreamEnd
{
    /// <summary>The response completes: the node closed the stream.</summary>
    Close,

    /// <summary>The stream stays open until the client goes away.</summary>
    KeepOpen,
}
