using Maiev.Runtime.Configuration;
using Microsoft.Extensions.Configuration;

namespace Maiev.Node.Configuration;

/// <summary>Adds HOCON configuration to an <see cref="IConfigurationBuilder"/>.</summary>
public static class HoconConfigurationExtensions
{
    /// <summary>
    /// Adds a resolved configuration (typically from <see cref="MaievConfig.Load"/>, which already
    /// applied the <c>MAIEV__*</c> environment overrides) as a configuration source.
    /// </summary>
    /// <exception cref="ConfigResolveException">The configuration still contains substitutions.</exception>
    public static IConfigurationBuilder AddHocon(this IConfigurationBuilder builder, Config config)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HoconConfigurationSource(config));
    }
}
