using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Identity.Tokens;

/// <summary>
/// The issuer URL: <see cref="TokenServiceOptions.Issuer"/> when configured, otherwise the first address the
/// server listens on (known only once it has started, so resolved on first use).
/// </summary>
public sealed class IssuerName(TokenServiceOptions options, IServiceProvider services)
{
    private string? _resolved = string.IsNullOrWhiteSpace(options.Issuer) ? null : options.Issuer.TrimEnd('/');

    public string Value => _resolved ??= Resolve();

    private string Resolve()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException($"{TokenServiceOptions.Section}:Issuer is not configured and the server has no address yet.");
    }
}
