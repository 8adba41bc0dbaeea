namespace Maiev.Actors.Versions;

/// <summary>Which pushed versions a service follows (see <see cref="VersionPolicy"/>).</summary>
internal enum VersionPolicyKind
{
    /// <summary>Never upgrade automatically.</summary>
    None,

    /// <summary>Higher versions with the same major and minor (1.2.3 → 1.2.4).</summary>
    Patch,

    /// <summary>Higher versions with the same major (1.2.3 → 1.3.0).</summary>
    Minor,

    /// <summary>Any higher version (1.2.3 → 2.0.0).</summary>
    Major,

    /// <summary>Any higher version, and the same tag re-pushed with a new digest.</summary>
    All,

    /// <summary>Only the same tag re-pushed with a new digest (moving tags such as <c>latest</c>).</summary>
    Force,

    /// <summary>Higher versions whose whole tag matches a glob (<c>*</c>, <c>?</c>).</summary>
    Glob,
}
