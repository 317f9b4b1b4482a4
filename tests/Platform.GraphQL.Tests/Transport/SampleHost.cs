using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Transport;

namespace Platform.GraphQL.Tests.Transport;

/// <summary>The sample schema served by Kestrel on a free loopback port, for transport tests.</summary>
public sealed class SampleHost : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public BookStore Store { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.UseWebSockets();
        var engine = new GraphQLEngine(SampleSchema.Build(Store), new ExecutionOptions());
        _app.MapGraphQL("/graphql", engine, options =>
        {
            options.Authenticate = SampleAuth.AuthenticateAsync;
            options.MaxRequestBytes = 10_000;
            options.ConnectionInitTimeout = TimeSpan.FromSeconds(30);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new Uri(address + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
