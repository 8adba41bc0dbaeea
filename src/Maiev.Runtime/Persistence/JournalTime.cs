namespace Maiev.Runtime.Persistence;

/// <summary>
/// Timestamps as stores keep them: UTC, truncated to whole microseconds (PostgreSQL's precision), so a value read back
/// equals the value written in every store.
/// </summary>
public static class JournalTime
{
    /// <summary>The current time of <paramref name="timeProvider"/>, as stored.</summary>
    public static DateTimeOffset Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Truncate(timeProvider.GetUtcNow());
    }

    /// <summary><paramref name="value"/> in UTC, truncated to whole microseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.UtcTicks;
        return new DateTimeOffset(utc - (utc % 10), TimeSpan.Zero);
    }

    /// <summary>Microseconds since the Unix epoch, the integer form SQLite stores.</summary>
    public static long ToUnixMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>The inverse of <see cref="ToUnixMicroseconds"/>.</summary>
    public static DateTimeOffset FromUnixMicroseconds(long microseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * 10), TimeSpan.Zero);
}
