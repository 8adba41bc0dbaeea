namespace Maiev.Actors.RabbitMq;

/// <summary>
/// Where the RabbitMQ management HTTP API is and how to log in. The password is never printed:
/// <see cref="ToString"/> masks it, and no error or log line of the client carries it.
/// </summary>
/// <param name="BaseAddress">The API root, e.g. <c>http://127.0.0.1:15672/api/</c> (no user info; a trailing slash is added).</param>
/// <param name="UserName">The management user.</param>
/// <param name="Password">The management password.</param>
/// <param name="DefaultVhost">The vhost a queue belongs to when the spec names none (maiev: the AMQP URI's vhost, else <c>/</c>).</param>
internal sealed record RabbitMqManagementOptions(Uri BaseAddress, string UserName, string Password, string DefaultVhost = "/")
{
    /// <summary>How long one request may take before the API counts as unavailable. Default 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Queues per page when listing a vhost; null (the default) fetches the whole vhost in one request.
    /// RabbitMQ accepts at most 500.
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>The management port maiev assumed for an AMQP URI (RabbitMQ's default).</summary>
    public const int DefaultManagementPort = 15672;

    /// <summary>The management port assumed for an <c>amqps://</c> URI (RabbitMQ's default TLS port).</summary>
    public const int DefaultTlsManagementPort = 15671;

    /// <summary>
    /// Derives the management API from an AMQP URI the way maiev did:
    /// <c>amqp://user:pass@host/vhost</c> → <c>http://host:15672/api</c> with the same user and password,
    /// and the URI's vhost (<c>/</c> when the path is empty or <c>/</c>). Maiev adds <c>amqps://</c> →
    /// <c>https://host:15671/api</c>. A URI without user info logs in as <c>guest</c>/<c>guest</c>, as RabbitMQ clients do.
    /// </summary>
    /// <exception cref="ArgumentException">The URI is not absolute or not <c>amqp</c>/<c>amqps</c> (the message never contains the password).</exception>
    public static RabbitMqManagementOptions FromAmqpUri(Uri amqpUri)
    {
        ArgumentNullException.ThrowIfNull(amqpUri);
        if (!amqpUri.IsAbsoluteUri || amqpUri.Scheme is not ("amqp" or "amqps"))
        {
            throw new ArgumentException(
                $"AMQP URI must be absolute and start with amqp:// or amqps:// (scheme was '{(amqpUri.IsAbsoluteUri ? amqpUri.Scheme : "none")}').",
                nameof(amqpUri));
        }

        var tls = amqpUri.Scheme == "amqps";
        var (user, password) = SplitUserInfo(amqpUri.UserInfo);
        var builder = new UriBuilder(tls ? "https" : "http", amqpUri.Host, tls ? DefaultTlsManagementPort : DefaultManagementPort, "api/");
        var path = amqpUri.AbsolutePath.TrimStart('/');
        var vhost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        return new RabbitMqManagementOptions(builder.Uri, user, password, vhost);
    }

    /// <summary>The API root with the user name (never the password) for messages and logs.</summary>
    public string Describe() => $"{UserName}@{BaseAddress}";

    /// <summary>Prints the options with the password masked.</summary>
    public override string ToString() =>
        $"RabbitMqManagementOptions {{ BaseAddress = {BaseAddress}, UserName = {UserName}, Password = ***, DefaultVhost = {DefaultVhost}, PageSize = {PageSize} }}";

    private static (string User, string Password) SplitUserInfo(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return ("guest", "guest");
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (Uri.UnescapeDataString(userInfo), string.Empty)
            : (Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }
}
