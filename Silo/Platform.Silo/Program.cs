using Platform.Gateway;
using Platform.Grains.Facilities;
using Platform.Grains.SessionData;
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
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IStorageProvider>(storage);
var blobs = await BlobStoreFactory.OpenAsync(options.Blobs, TimeProvider.System, CancellationToken.None);
builder.Services.AddSingleton(blobs);
builder.Services.AddSingleton(blobs.Store);
builder.Services.AddSingleton<ISessionDataStore, BlobSessionDataStore>();
builder.Services.AddGrainRuntime(new RuntimeOptions(), typeof(FacilityGrain).Assembly);
builder.Services.AddPlatformGraphQL();
if (options.Demo)
{
    builder.Services.AddHostedService<DemoFacility>();
}

var app = builder.Build();
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
app.Run();

/// <summary>Lets WebApplicationFactory-style tests reference the host.</summary>
public partial class Program;
