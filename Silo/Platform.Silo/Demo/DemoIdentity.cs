using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Accounts;
using Platform.Identity.Agents;
using Platform.Runtime;

namespace Platform.Silo.Demo;

/// <summary>
/// Seeds the demo facility's admin (<see cref="AdminEmail"/>), its lab and an agent credential for the demo microscope,
/// then prints curl lines that get tokens. Passwords and secrets come from <c>Platform:DemoAdminPassword</c> and
/// <c>Platform:DemoAgentSecret</c>, or are generated on first start; they are printed only when created (demo only).
/// </summary>
public sealed class DemoIdentity(IServiceProvider services, IGrainFactory grains, IConfiguration configuration, IHostApplicationLifetime lifetime, IServer server, ILogger<DemoIdentity> log) : IHostedService
{
    public const string AdminEmail = "admin@demo.local";
    public const string AgentClientId = "demo-krios-agent";
    public const string GroupId = "demo-lab";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        var password = configuration["Platform:DemoAdminPassword"];
        var admin = await accounts.FindByEmailAsync(AdminEmail);
        string? printedPassword = null;
        if (admin is null)
        {
            printedPassword = string.IsNullOrEmpty(password) ? Platform.Identity.Tokens.SecretHashing.NewSecret()[..20] : password;
            admin = (await accounts.CreateUserAsync(new NewUser(AdminEmail, "Demo facility admin", printedPassword))).User;
        }

        await accounts.SetMembershipAsync(admin.Account.Id, DemoFacility.FacilityId, FacilityRole.FacilityAdmin);
        await EnsureGroupAsync(admin.Account.Id);
        var agentSecret = await EnsureAgentAsync(scope.ServiceProvider.GetRequiredService<AgentCredentials>(), admin.Account.Id);
        lifetime.ApplicationStarted.Register(() => PrintHowTo(printedPassword, agentSecret));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureGroupAsync(string piUserId)
    {
        try
        {
            await grains.GetGrain<IGroupGrain>(GroupId).CreateAsync(new GroupSetup(DemoFacility.FacilityId, "Demo lab", piUserId));
        }
        catch (AlreadyExistsException)
        {
            // Seeded on an earlier start.
        }
    }

    private async Task<string?> EnsureAgentAsync(AgentCredentials agents, string adminUserId)
    {
        try
        {
            await agents.GetAsync(AgentClientId);
            return null;
        }
        catch (NotFoundException)
        {
            var secret = configuration["Platform:DemoAgentSecret"];
            var issued = await agents.RegisterAsync(DemoFacility.FacilityId, DemoFacility.MicroscopeId, adminUserId, AgentClientId, string.IsNullOrEmpty(secret) ? null : secret);
            return issued.ClientSecret;
        }
    }

    private void PrintHowTo(string? adminPassword, string? agentSecret)
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        log.LogInformation(
            "Demo sign-in as the demo facility admin: curl -s -X POST {Url}/connect/token -d grant_type=password -d username={Email} -d password={Password}",
            url,
            AdminEmail,
            adminPassword ?? "<the password printed at first start; reset with the admin API>");
        log.LogInformation(
            "Demo agent token for {Microscope}: curl -s -X POST {Url}/connect/token -d grant_type=client_credentials -d client_id={ClientId} -d client_secret={Secret}",
            DemoFacility.MicroscopeId,
            url,
            AgentClientId,
            agentSecret ?? "<the secret printed at first start; rotate with POST /admin/agents/demo-krios-agent/rotate>");
    }
}
