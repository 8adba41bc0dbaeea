namespace Maiev.Cli.Contract;

/// <summary><c>GET /api/v1/actors</c>: the answering node's actor tree from <c>/user</c>.</summary>
internal sealed record ActorTree(string NodeId, ActorNode Root);

/// <summary>One actor: mailbox depth now, restarts since creation, and its children.</summary>
internal sealed record ActorNode(string Path, string Type, int Mailbox, int Restarts, IReadOnlyList<ActorNode> Children);
