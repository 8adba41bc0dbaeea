namespace Maiev.Actors.Versions;

/// <summary>
/// The pure answer to "the service runs <see cref="Current"/>; <see cref="Pushed"/> was just
/// pushed: upgrade or not, and why". Build it with <see cref="Decide"/>.
/// </summary>
/// <param name="Outcome">What was decided, as a stable code.</param>
/// <param name="Target">What to deploy (<c>host/repository:tag@digest</c>) when <see cref="ShouldUpgrade"/>; otherwise null.</param>
/// <param name="Reason">A sentence a person can read in the history.</param>
/// <param name="Current">The image the service runs.</param>
/// <param name="Pushed">The pushed image (tag and digest).</param>
/// <param name="Policy">The policy that decided.</param>
internal sealed record UpgradeDecision(
    UpgradeOutcome Outcome,
    ImageReference? Target,
    string Reason,
    ImageReference Current,
    ImageReference Pushed,
    VersionPolicy Policy)
{
    /// <summary>True when the service should be rolled onto <see cref="Target"/>.</summary>
    public bool ShouldUpgrade => Outcome is UpgradeOutcome.Upgrade or UpgradeOutcome.UpgradeRepushedTag;

    /// <summary>
    /// Decides whether a service running <paramref name="current"/> moves to <paramref name="pushed"/>
    /// under <paramref name="policy"/>. Checks, in order: policy none; same repository; same
    /// species; a digest to pin; not already running it; a re-pushed tag (followed by
    /// <c>force</c> and <c>all</c> only); orderable versions; no downgrade or equal version;
    /// prereleases only when opted in; the policy's bound (patch/minor/major/glob).
    /// Never throws for any input.
    /// </summary>
    public static UpgradeDecision Decide(ImageReference current, ImageReference pushed, VersionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(pushed);
        ArgumentNullException.ThrowIfNull(policy);
        UpgradeDecision Skip(UpgradeOutcome outcome, string reason) => new(outcome, null, reason, current, pushed, policy);

        if (policy.Kind == VersionPolicyKind.None)
        {
            return Skip(UpgradeOutcome.PolicyNone, "upgrade policy is none");
        }

        if (!current.SameRepository(pushed))
        {
            return Skip(UpgradeOutcome.OtherRepository, $"{pushed.Name} is not the service's repository {current.Name}");
        }

        var now = current.TagVersion;
        var next = pushed.TagVersion;
        if (!string.Equals(now.Species, next.Species, StringComparison.Ordinal))
        {
            return Skip(UpgradeOutcome.OtherSpecies, $"species '{next.Species ?? "(none)"}' of tag '{pushed.Tag}' is not the running species '{now.Species ?? "(none)"}'");
        }

        if (string.IsNullOrEmpty(pushed.Digest) || string.IsNullOrEmpty(pushed.Tag))
        {
            return Skip(UpgradeOutcome.NoDigest, $"push of {pushed} has no tag and digest to pin to");
        }

        if (string.Equals(current.Digest, pushed.Digest, StringComparison.Ordinal))
        {
            return Skip(UpgradeOutcome.AlreadyRunning, $"already running {pushed.Digest}");
        }

        var target = current with { Tag = pushed.Tag, Digest = pushed.Digest };
        if (string.Equals(current.Tag, pushed.Tag, StringComparison.Ordinal))
        {
            return policy.Kind is VersionPolicyKind.Force or VersionPolicyKind.All
                ? new(UpgradeOutcome.UpgradeRepushedTag, target, $"tag '{pushed.Tag}' re-pushed with digest {pushed.Digest}; policy {policy} follows it", current, pushed, policy)
                : Skip(UpgradeOutcome.RepushNotFollowed, $"tag '{pushed.Tag}' re-pushed; policy {policy} only follows new versions (use force or all)");
        }

        if (policy.Kind == VersionPolicyKind.Force)
        {
            return Skip(UpgradeOutcome.OutsidePolicy, $"policy force only follows the running tag '{current.Tag}' re-pushed, not '{pushed.Tag}'");
        }

        var from = now.Semantic;
        var to = next.Semantic;
        if (from is null || to is null)
        {
            return Skip(UpgradeOutcome.NotComparable, $"cannot order '{now.Version ?? "(no version)"}' and '{next.Version ?? "(no version)"}': both tags need a numbered version");
        }

        var order = to.CompareTo(from);
        if (order < 0)
        {
            return Skip(UpgradeOutcome.Downgrade, $"{next.Version} is lower than the running {now.Version}: never downgrade");
        }

        if (order == 0)
        {
            return Skip(UpgradeOutcome.SameVersion, $"{next.Version} has the same precedence as the running {now.Version}");
        }

        if (to.IsPrerelease && !policy.AllowPrereleases)
        {
            return Skip(UpgradeOutcome.Prerelease, $"{next.Version} is a prerelease and the policy does not opt in to prereleases");
        }

        var allowed = policy.Kind switch
        {
            VersionPolicyKind.Patch => to.Major == from.Major && to.Minor == from.Minor,
            VersionPolicyKind.Minor => to.Major == from.Major,
            VersionPolicyKind.Glob => policy.GlobMatches(pushed.Tag),
            _ => true,
        };
        return allowed
            ? new(UpgradeOutcome.Upgrade, target, $"{now.Version} → {next.Version} allowed by policy {policy}", current, pushed, policy)
            : Skip(UpgradeOutcome.OutsidePolicy, $"{now.Version} → {next.Version} is outside policy {policy}");
    }
}
