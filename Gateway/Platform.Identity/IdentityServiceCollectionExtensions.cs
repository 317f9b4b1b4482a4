using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Identity.Accounts;
using Platform.Identity.Admin;
using Platform.Identity.Agents;
using Platform.Identity.Authentication;
using Platform.Identity.Tokens;

namespace Platform.Identity;

/// <summary>Registers accounts, the token service and bearer authentication, and maps their endpoints.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Accounts only (UserManager over the grains, directory, agent credentials): what the admin command line needs.
    /// The grain runtime (IGrainFactory, IIndexReader) must be registered too.
    /// </summary>
    public static IServiceCollection AddPlatformAccounts(this IServiceCollection services, TokenServiceOptions options)
    {
        services.AddSingleton(options);
        services.AddIdentityCore<PlatformUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.User.AllowedUserNameCharacters = "";
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedPasswordAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;

                // Length over composition rules (NIST SP 800-63B §3.1.1.2).
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Tokens.PasswordResetTokenProvider = ResetTokenProvider.Name;
            })
            .AddUserStore<PlatformUserStore>()
            .AddTokenProvider<ResetTokenProvider>(ResetTokenProvider.Name);
        services.AddScoped<AccountDirectory>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<AgentCredentials>();
        return services;
    }

    /// <summary>Accounts plus the token service, bearer authentication and the token endpoint's rate limit.</summary>
    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration) =>
        services.AddPlatformIdentity(configuration.GetSection(TokenServiceOptions.Section).Get<TokenServiceOptions>() ?? new TokenServiceOptions());

    /// <inheritdoc cref="AddPlatformIdentity(IServiceCollection, IConfiguration)"/>
    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, TokenServiceOptions options)
    {
        services.AddPlatformAccounts(options);
        services.AddSingleton<IssuerName>();
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<RefreshTokens>();
        services.AddScoped<TokenEndpointServices>();
        services.AddScoped<AdminServices>();
        services.AddAuthentication(PlatformBearerHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PlatformBearerHandler>(PlatformBearerHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(TokenEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.TokenRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Authentication, authorization and rate limiting middleware, then the token, discovery and admin endpoints.</summary>
    public static WebApplication UsePlatformIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapTokenEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapAdminEndpoints();
        return app;
    }
}
