using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Maiev.Actors.RabbitMq;

/// <summary>The HTTP exchange and its error mapping.</summary>
internal sealed partial class RabbitMqManagementClient
{
    private async Task<JsonDocument?> GetJsonAsync(string path, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var what = $"GET {PathOnly(path)} at {_options.Describe()}";
        try
        {
            using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                var kind = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => RabbitMqApiErrorKind.Unauthorized,
                    HttpStatusCode.Forbidden => RabbitMqApiErrorKind.Forbidden,
                    HttpStatusCode.NotFound => RabbitMqApiErrorKind.NotFound,
                    _ when (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests => RabbitMqApiErrorKind.Unavailable,
                    _ => RabbitMqApiErrorKind.InvalidResponse,
                };
                var detail = kind == RabbitMqApiErrorKind.Unauthorized
                    ? $"the credentials of user '{_options.UserName}' were refused"
                    : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                LogFailed(_logger, what, detail);
                throw new RabbitMqApiException(kind, $"{what} failed: {detail}.");
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonDocument.ParseAsync(stream, default, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var detail = $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s";
            LogFailed(_logger, what, detail);
            throw new RabbitMqApiException(RabbitMqApiErrorKind.Unavailable, $"{what} failed: {detail}.");
        }
        catch (HttpRequestException e)
        {
            // HttpRequestException messages name host and port only: the credentials are in a header.
            LogFailed(_logger, what, e.Message);
            throw new RabbitMqApiException(RabbitMqApiErrorKind.Unavailable, $"{what} failed: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new RabbitMqApiException(RabbitMqApiErrorKind.InvalidResponse, $"{what} answered invalid JSON: {e.Message}", e);
        }
        catch (IOException e)
        {
            LogFailed(_logger, what, e.Message);
            throw new RabbitMqApiException(RabbitMqApiErrorKind.Unavailable, $"{what} failed while reading: {e.Message}", e);
        }
    }

    private static string PathOnly(string path)
    {
        var q = path.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? path : path[..q];
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "RabbitMQ management {Request} failed: {Detail}")]
    private static partial void LogFailed(ILogger logger, string request, string detail);
}
