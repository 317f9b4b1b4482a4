using Platform.Gateway;
using Platform.Grains.Facilities;
using Platform.Grains.SessionData;
using Platform.Identity;
using Platform.Silo.Demo;
using Platform.Silo.Hosting;
using Platform.Silo.Runtime;
using Platform.Silo.SessionData;
using Platform.Storage;

// One Silo node: the grain runtime, its storage, and the Gateway's HTTP surface in one process.
// Configuration files live beside the binaries; data paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var options = builder.Configuration.GetSection("Platform").Get<SiloOptions>() ?? new SiloOptions();
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Logging.ClearProviders();
if (options.LogFormat == "json")
{
    builder.Logging.AddJsonConsole();
}
else
{
    builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
}

builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(30));
var nodeId = options.NodeId ?? $"{Environment.MachineName}-{Environment.ProcessId}";
var storage = await StorageFactory.OpenAsync(options, nodeId, TimeProvider.System, CancellationToken.None);
if (args is ["admin", .. var adminArgs])
{
    var identityOptions = builder.Configuration.GetSection(TokenServiceOptions.Section).Get<TokenServiceOptions>() ?? new TokenServiceOptions();
    var exitCode = await AdminCommand.RunAsync(adminArgs, storage, TimeProvider.System, identityOptions);
    await storage.DisposeAsync();
    return exitCode;
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IStorageProvider>(storage);
var blobs = await BlobStoreFactory.OpenAsync(options.Blobs, TimeProvider.System, CancellationToken.None);
builder.Services.AddSingleton(blobs);
builder.Services.AddSingleton(blobs.Store);
builder.Services.AddSingleton<ISessionDataStore, BlobSessionDataStore>();
builder.Services.AddSingleton<Platform.Grains.Exports.IStarExportWriter, Platform.Silo.SessionData.Exports.RelionStarExportWriter>();
builder.Services.AddGrainRuntime(new RuntimeOptions(), typeof(FacilityGrain).Assembly);
builder.Services.AddPlatformGraphQL();
builder.Services.AddPlatformIdentity(builder.Configuration);
if (options.Demo)
{
    builder.Services.AddHostedService<DemoFacility>();
    builder.Services.AddHostedService<DemoIdentity>();
}

var app = builder.Build();
app.UsePlatformIdentity();
app.MapHealthEndpoints();
app.MapPlatformGraphQL();
app.MapSessionDataEndpoints();
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        app.Logger.LogInformation("Silo node {NodeId} on {Storage}: GraphQL: {Url}/graphql  health: {Url}/health", nodeId, options.Storage, url, url);
    }
});
await app.RunAsync();
return 0;

/// <summary>Lets WebApplicationFactory-style tests reference the host.</summary>
public partial class Program;
