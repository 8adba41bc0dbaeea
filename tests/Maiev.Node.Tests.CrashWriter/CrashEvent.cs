namespace Maiev.Node.Tests.CrashWriter;

/// <summary>The event the crash writer appends: its body is derived from its sequence number, so a torn or misplaced row shows.</summary>
public sealed record CrashEvent(long Seq, string Body)
{
    /// <summary>The manifest it is stored under.</summary>
    public const string Manifest = "crash.event";

    /// <summary>The event for <paramref name="seq"/>.</summary>
    public static CrashEvent For(long seq) =>
        new(seq, string.Concat(Enumerable.Repeat($"{seq:D12}|", 16)));
}
