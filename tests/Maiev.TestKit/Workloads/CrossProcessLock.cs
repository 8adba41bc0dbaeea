namespace Maiev.TestKit.Workloads;

/// <summary>
/// An exclusive lock on a file, shared by every process on the machine (on Unix .NET takes an
/// advisory <c>flock</c> for <see cref="FileShare.None"/>); released on dispose or process exit.
/// </summary>
internal sealed class CrossProcessLock : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _file;

    private CrossProcessLock(FileStream file) => _file = file;

    /// <summary>Waits for the lock on <paramref name="path"/> until <paramref name="ct"/> is cancelled.</summary>
    public static async Task<CrossProcessLock> AcquireAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return new CrossProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Another process holds it.
                await Task.Delay(Poll, TimeProvider.System, ct);
            }
        }
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
