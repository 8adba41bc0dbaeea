using System.Diagnostics;
using System.Globalization;
using Maiev.Node.Tests.CrashWriter;

namespace Maiev.Node.Tests.Persistence.CrashSafety;

/// <summary>Runs the crash writer as a child process and kills it with SIGKILL after it confirmed some writes.</summary>
internal static class CrashWriterProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Starts the writer, waits until it has confirmed <paramref name="confirmations"/> batches, lets it run on for
    /// <paramref name="delayMs"/> milliseconds (0 = kill at once), kills it with SIGKILL and returns the last sequence
    /// number it reported as confirmed.
    /// </summary>
    public static async Task<long> RunAndKillAsync(string journal, string connection, string schema, string id, int batch, int confirmations, int delayMs)
    {
        var dll = typeof(CrashEvent).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, journal, schema, id, batch.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MAIEV_CRASH_CONNECTION"] = connection;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash writer");
        var stderr = process.StandardError.ReadToEndAsync();
        var lastConfirmed = -1L;
        var seen = 0;
        using var deadline = new CancellationTokenSource(Patience);
        try
        {
            while (seen < confirmations)
            {
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                    ?? throw new InvalidOperationException($"the crash writer exited early: {await stderr}");
                if (line.StartsWith("confirmed ", StringComparison.Ordinal))
                {
                    lastConfirmed = long.Parse(line["confirmed ".Length..], CultureInfo.InvariantCulture);
                    seen++;
                }
            }

            if (delayMs > 0)
            {
                await Task.Delay(delayMs, deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the crash writer confirmed {seen} of {confirmations} writes within {Patience}");
        }
        finally
        {
            try
            {
                process.Kill(); // SIGKILL on Unix: no finalizers, no flush, no goodbye
            }
            catch (InvalidOperationException)
            {
                // it had already exited; the assertions on the journal still apply
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Lines printed after the last one we read were confirmed too: drain what the pipe still holds.
        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } rest)
        {
            if (rest.StartsWith("confirmed ", StringComparison.Ordinal))
            {
                lastConfirmed = long.Parse(rest["confirmed ".Length..], CultureInfo.InvariantCulture);
            }
        }

        return lastConfirmed;
    }
}
