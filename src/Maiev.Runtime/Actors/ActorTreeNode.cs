using System.Collections.Immutable;

namespace Maiev.Runtime.Actors;

/// <summary>One actor in an introspection snapshot (for the console's <c>actors</c> view).</summary>
/// <param name="Path">Where it lives.</param>
/// <param name="ActorType">Its type's full name.</param>
/// <param name="MailboxDepth">Messages waiting when the snapshot was taken.</param>
/// <param name="RestartCount">How often it has been restarted.</param>
/// <param name="Children">Its children, ordered by name.</param>
public sealed record ActorTreeNode(string Path, string ActorType, int MailboxDepth, int RestartCount, ImmutableArray<ActorTreeNode> Children)
{
    /// <summary>This node and every descendant, depth first.</summary>
    public IEnumerable<ActorTreeNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.DescendantsAndSelf()))
        {
            yield return descendant;
        }
    }

    internal static ActorTreeNode Of(ActorCell cell) => new(
        cell.Path.ToString(),
        cell.ActorType.FullName ?? cell.ActorType.Name,
        cell.MailboxDepth,
        cell.RestartCount,
        [.. cell.ChildrenSnapshot().OrderBy(c => c.Path.Name, StringComparer.Ordinal).Select(Of)]);
}
