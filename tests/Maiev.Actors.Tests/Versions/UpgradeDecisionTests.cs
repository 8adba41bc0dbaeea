using Maiev.Actors.Versions;

namespace Maiev.Actors.Tests.Versions;

public sealed class UpgradeDecisionTests
{
    private const string Running = "localhost:5000/app:1.0.0@sha256:aaaaaaaaaaaa";
    private const string NewDigest = "sha256:bbbbbbbbbbbb";

    private static UpgradeDecision Decide(string current, string pushedTag, string policy, bool prereleases = false, string digest = NewDigest, string repository = "localhost:5000/app") =>
        UpgradeDecision.Decide(ImageReference.Parse(current), ImageReference.Parse($"{repository}:{pushedTag}@{digest}"), VersionPolicy.Parse(policy, prereleases));

    [Theory]
    [InlineData("1.0.1", "patch", "Upgrade")]
    [InlineData("1.1.0", "patch", "OutsidePolicy")]
    [InlineData("1.1.0", "minor", "Upgrade")]
    [InlineData("2.0.0", "minor", "OutsidePolicy")]
    [InlineData("2.0.0", "major", "Upgrade")]
    [InlineData("2.0.0", "all", "Upgrade")]
    [InlineData("0.9.0", "all", "Downgrade")]
    [InlineData("1.0.0.1", "all", "SameVersion")]
    [InlineData("1.0.1-rc1", "major", "Prerelease")]
    [InlineData("1.0.1", "none", "PolicyNone")]
    [InlineData("1.0.1", "force", "OutsidePolicy")]
    [InlineData("1.0.0", "force", "UpgradeRepushedTag")]
    [InlineData("1.0.0", "all", "UpgradeRepushedTag")]
    [InlineData("1.0.0", "minor", "RepushNotFollowed")]
    [InlineData("web-1.0.1", "all", "OtherSpecies")]
    [InlineData("latest", "major", "NotComparable")]
    [InlineData("1.0.5", "glob:1.0.*", "Upgrade")]
    [InlineData("1.1.0", "glob:1.0.*", "OutsidePolicy")]
    [InlineData("0.9.9", "glob:*", "Downgrade")]
    public void Policies_decide_as_documented(string pushedTag, string policy, string expected)
    {
        var decision = Decide(Running, pushedTag, policy);

        Assert.Equal(Enum.Parse<UpgradeOutcome>(expected), decision.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        Assert.Equal(decision.ShouldUpgrade, decision.Target is not null);
    }

    [Fact]
    public void An_upgrade_targets_the_pushed_tag_pinned_to_its_digest()
    {
        var decision = Decide("localhost:5000/app:producer-1.0.16@sha256:aaaaaaaaaaaa", "producer-1.0.17", "minor");

        Assert.True(decision.ShouldUpgrade, decision.Reason);
        Assert.Equal("localhost:5000/app:producer-1.0.17@" + NewDigest, decision.Target!.ToString());
        Assert.Contains("1.0.16 → 1.0.17", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prereleases_are_followed_only_when_the_policy_opts_in()
    {
        Assert.Equal(UpgradeOutcome.Prerelease, Decide(Running, "1.1.0-rc1", "minor").Outcome);
        Assert.Equal(UpgradeOutcome.Upgrade, Decide(Running, "1.1.0-rc1", "minor", prereleases: true).Outcome);
        Assert.Equal(UpgradeOutcome.Upgrade, Decide("localhost:5000/app:overseer-1.0.69a1@sha256:aaaaaaaaaaaa", "overseer-1.0.69", "patch").Outcome);
    }

    [Fact]
    public void Pushes_of_another_repository_or_the_running_digest_are_ignored()
    {
        Assert.Equal(UpgradeOutcome.OtherRepository, Decide(Running, "1.0.1", "all", repository: "localhost:5000/other").Outcome);
        Assert.Equal(UpgradeOutcome.AlreadyRunning, Decide(Running, "1.0.1", "all", digest: "sha256:aaaaaaaaaaaa").Outcome);
    }

    [Fact]
    public void A_push_without_a_digest_is_not_deployed()
    {
        var decision = UpgradeDecision.Decide(ImageReference.Parse(Running), ImageReference.Parse("localhost:5000/app:1.0.1"), VersionPolicy.Parse("all"));

        Assert.Equal(UpgradeOutcome.NoDigest, decision.Outcome);
    }

    [Theory]
    [InlineData("none", "None", null)]
    [InlineData(" Minor ", "Minor", null)]
    [InlineData("glob:web-1.*", "Glob", "web-1.*")]
    public void Policies_parse(string text, string kind, string? pattern)
    {
        var policy = VersionPolicy.Parse(text);

        Assert.Equal(Enum.Parse<VersionPolicyKind>(kind), policy.Kind);
        Assert.Equal(pattern, policy.Pattern);
    }

    [Theory]
    [InlineData("sometimes")]
    [InlineData("glob:")]
    public void Bad_policies_name_the_accepted_forms(string text)
    {
        Assert.False(VersionPolicy.TryParse(text, false, out _, out var error));
        Assert.Contains("glob:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-1.*", "web-1.4.2", true)]
    [InlineData("web-1.*", "web-2.0", false)]
    [InlineData("1.?.0", "1.5.0", true)]
    [InlineData("1.?.0", "1.15.0", false)]
    [InlineData("a+b", "a+b", true)]
    public void Globs_match_whole_tags(string pattern, string tag, bool matches)
    {
        Assert.Equal(matches, new VersionPolicy(VersionPolicyKind.Glob, pattern).GlobMatches(tag));
    }
}
