using Maiev.Runtime.Configuration;
using Microsoft.Extensions.Configuration;

namespace Maiev.Node.Configuration;

/// <summary>
/// Exposes a resolved HOCON <see cref="Config"/> to <see cref="IConfiguration"/>, so ASP.NET Core
/// options binding works from HOCON. Add it with <see cref="HoconConfigurationExtensions.AddHocon"/>.
/// </summary>
public sealed class HoconConfigurationSource : IConfigurationSource
{
    /// <summary>Creates a source for <paramref name="config"/>, which must be resolved.</summary>
    /// <exception cref="ConfigResolveException">The configuration still contains substitutions.</exception>
    public HoconConfigurationSource(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.IsResolved)
            throw new ConfigResolveException("call Resolve() before handing a configuration to IConfiguration");
        Config = config;
    }

    /// <summary>The configuration served.</summary>
    public Config Config { get; }

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new HoconConfigurationProvider(Config);
}
