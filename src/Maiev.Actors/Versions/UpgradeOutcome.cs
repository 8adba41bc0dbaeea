namespace Maiev.Actors.Versions;

/// <summary>Why <see cref="UpgradeDecision.Decide"/> answered as it did (stable codes for events and tests).</summary>
internal enum UpgradeOutcome
{
    /// <summary>Upgrade to a higher version the policy allows.</summary>
    Upgrade,

    /// <summary>Upgrade: the same tag was re-pushed with a new digest and the policy follows it.</summary>
    UpgradeRepushedTag,

    /// <summary>Skipped: the policy is <c>none</c>.</summary>
    PolicyNone,

    /// <summary>Skipped: the push is for another registry or repository.</summary>
    OtherRepository,

    /// <summary>Skipped: the pushed tag's species differs from the running one.</summary>
    OtherSpecies,

    /// <summary>Skipped: the push has no digest to pin to.</summary>
    NoDigest,

    /// <summary>Skipped: the service already runs this digest.</summary>
    AlreadyRunning,

    /// <summary>Skipped: the same tag re-pushed, and the policy does not follow re-pushed tags.</summary>
    RepushNotFollowed,

    /// <summary>Skipped: a version cannot be ordered (no numbered version in one of the tags).</summary>
    NotComparable,

    /// <summary>Skipped: the pushed version is lower than the running one.</summary>
    Downgrade,

    /// <summary>Skipped: the pushed version has the same precedence as the running one.</summary>
    SameVersion,

    /// <summary>Skipped: a prerelease, and the policy does not opt in to prereleases.</summary>
    Prerelease,

    /// <summary>Skipped: the version change is larger than the policy allows, or the glob does not match.</summary>
    OutsidePolicy,
}
