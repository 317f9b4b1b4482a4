using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Gateway;
using Platform.Grains;
using Platform.Grains.Facilities;
using Platform.Grains.Identity;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.Identity.Accounts;
using Platform.Runtime;
using Platform.Silo.Runtime;
using Platform.Storage;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>
/// The token service in process over real HTTP (Kestrel on a loopback port) and a real grain runtime on SQLite or
/// PostgreSQL, with a manual clock, and the platform's GraphQL endpoint at <c>/graphql</c>. Each host seeds facility <see cref="FacilityId"/> with microscope <see cref="MicroscopeId"/>.
/// </summary>
public sealed class IdentityHost : IAsyncDisposable
{
    public const string Issuer = "https://identity.test";
    public const string FacilityId = "fac-a";
    public const string MicroscopeId = "krios-a";
    public const string OtherFacilityId = "fac-b";
    public const string OtherMicroscopeId = "krios-b";
    public const string Password = "correct horse battery";

    private readonly WebApplication _app;
    private readonly IStorageProvider _storage;
    private readonly string? _folder;

    private IdentityHost(WebApplication app, IStorageProvider storage, ManualTimeProvider clock, string? folder)
    {
        _app = app;
        _storage = storage;
        Clock = clock;
        _folder = folder;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public ManualTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static Task<IdentityHost> StartAsync(string storage, PostgresCluster postgres, TokenServiceOptions? options = null) =>
        storage == "postgres" ? StartPostgresAsync(postgres, options) : StartSqliteAsync(options);

    public static async Task<IdentityHost> StartSqliteAsync(TokenServiceOptions? options = null)
    {
        var clock = NewClock();
        var folder = Directory.CreateTempSubdirectory("platform-identity-").FullName;
        var storage = await SqliteStorageProvider.OpenAsync(Path.Combine(folder, "platform.db"), "node-a", clock);
        return await StartAsync(storage, clock, options, folder);
    }

    /// <summary>A node on a new schema, or on <paramref name="connectionString"/> to join another node's database.</summary>
    public static async Task<IdentityHost> StartPostgresAsync(PostgresCluster postgres, TokenServiceOptions? options = null, string? connectionString = null, string nodeId = "node-a")
    {
        var clock = NewClock();
        var storage = await PostgresStorageProvider.OpenAsync(connectionString ?? await postgres.CreateSchemaAsync(), nodeId, clock);
        return await StartAsync(storage, clock, options, folder: null);
    }

    /// <summary>Creates a user with <see cref="Password"/> and the given memberships; returns its id.</summary>
    public async Task<string> CreateUserAsync(string email, params (string FacilityId, FacilityRole Role)[] memberships)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        var user = (await accounts.CreateUserAsync(new NewUser(email, email, Password))).User;
        foreach (var (facilityId, role) in memberships)
        {
            await accounts.SetMembershipAsync(user.Account.Id, facilityId, role);
        }

        return user.Account.Id;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>POSTs a form to <c>/connect/token</c> (or another path) and returns the status and parsed JSON body.</summary>
    public async Task<(int Status, JsonElement Body)> PostFormAsync(string path, params (string Key, string Value)[] fields)
    {
        using var response = await Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))), TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await BodyAsync(response));
    }

    public Task<(int Status, JsonElement Body)> PasswordGrantAsync(string email, string password = Password) =>
        PostFormAsync("/connect/token", ("grant_type", "password"), ("username", email), ("password", password));

    /// <summary>Signs in and returns the access token (asserting success).</summary>
    public async Task<string> AccessTokenAsync(string email)
    {
        var (status, body) = await PasswordGrantAsync(email);
        Assert.True(status == 200, $"sign-in of {email} failed: {status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? accessToken, object? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await BodyAsync(response));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _storage.DisposeAsync();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ManualTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private static async Task<IdentityHost> StartAsync(IStorageProvider storage, ManualTimeProvider clock, TokenServiceOptions? options, string? folder)
    {
        await storage.InitializeAsync(PlatformIndexes.All);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(storage);
        builder.Services.AddGrainRuntime(new RuntimeOptions { PollReminders = false }, typeof(SessionGrain).Assembly);
        builder.Services.AddPlatformIdentity((options ?? new TokenServiceOptions()) with { Issuer = Issuer });
        builder.Services.AddPlatformGraphQL();
        var app = builder.Build();
        app.UsePlatformIdentity();
        app.MapPlatformGraphQL();
        await app.StartAsync();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        foreach (var (facility, microscope) in new[] { (FacilityId, MicroscopeId), (OtherFacilityId, OtherMicroscopeId) })
        {
            await grains.GetGrain<IFacilityGrain>(facility).ConfigureAsync(new FacilitySettings(facility, new RetentionPolicy(30, 7), new CollectionParameters()));
            await grains.GetGrain<IMicroscopeGrain>(microscope).RegisterAsync(new MicroscopeRegistration(facility, microscope, "Titan Krios", [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan)], HasEnergyFilter: true));
        }

        return new IdentityHost(app, storage, clock, folder);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
