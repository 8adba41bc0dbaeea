namespace Maiev.Actors.Upgrades;

/// <summary>What the ingress did with one notification (the webhook's 202 body).</summary>
/// <param name="Received">Events in the body.</param>
/// <param name="Relevant">Pushes of tagged manifests among them (duplicates included).</param>
/// <param name="Duplicates">Relevant events whose id was seen before (or earlier in the same body): not routed again.</param>
/// <param name="ServicesMatched">Distinct services whose image (registry, repository, species) the new pushes concern.</param>
internal sealed record IngressSummary(int Received, int Relevant, int Duplicates, int ServicesMatched);
