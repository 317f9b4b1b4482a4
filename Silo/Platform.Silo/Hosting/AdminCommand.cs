using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Identity;
using Platform.Identity.Accounts;
using Platform.Silo.Runtime;
using Platform.Storage;

namespace Platform.Silo.Hosting;

/// <summary>
/// <c>Platform.Silo admin create-platform-admin --email E --password P [--name N]</c>: creates the first platform admin
/// on the configured storage (or promotes an existing user, whose password is left alone), then exits.
/// Exit codes: 0 done, 1 bad input (the reason is printed), 2 usage.
/// </summary>
public static class AdminCommand
{
    public const string Usage = "usage: Platform.Silo admin create-platform-admin --email <address> --password <password> [--name <display name>] [--Platform:Storage=postgres ...]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IStorageProvider storage, TimeProvider time, TokenServiceOptions options)
    {
        if (args.Count == 0 || args[0] != "create-platform-admin")
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var email = Value(args, "--email");
        var password = Value(args, "--password");
        if (email is null || password is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(time);
        services.AddSingleton(storage);
        services.AddGrainRuntime(new RuntimeOptions { PollReminders = false }, typeof(FacilityGrain).Assembly);
        services.AddPlatformAccounts(options);
        await using var provider = services.BuildServiceProvider();
        var runtime = provider.GetRequiredService<GrainRuntime>();
        await runtime.StartAsync(CancellationToken.None);
        try
        {
            await using var scope = provider.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
            var existing = await accounts.FindByEmailAsync(email);
            var userId = existing?.Account.Id
                ?? (await accounts.CreateUserAsync(new NewUser(email, Value(args, "--name") ?? "Platform admin", password))).User.Account.Id;
            await accounts.SetPlatformAdminAsync(userId, true);
            Console.WriteLine(existing is null
                ? $"Created platform admin {email} (user id {userId})."
                : $"{email} (user id {userId}) already existed and is now a platform admin; its password is unchanged.");
            return 0;
        }
        catch (DomainException error)
        {
            await Console.Error.WriteLineAsync($"create-platform-admin failed: {error.Message}");
            return 1;
        }
        finally
        {
            await runtime.StopAsync(CancellationToken.None);
        }
    }

    private static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
