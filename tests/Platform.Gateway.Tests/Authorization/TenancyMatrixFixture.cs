using System.Text;
using System.Text.Json;
using Platform.Gateway.Tests.Micrographs;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Grids;
using Platform.Grains.Micrographs;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// One seeded platform for the whole matrix (lab-a with microscopes scope-a and scope-a2, lab-b), a fresh lab-a session per
/// probe and caller (so one caller's allowed mutation never changes what the next caller meets), and the state read
/// before and after every call.
/// </summary>
public sealed class TenancyMatrixFixture : IAsyncLifetime
{
    private const string SnapshotQuery = """
        query ($id: ID!) {
          node(id: $id) { ... on Session { name state groupId pauseBetweenGrids endedAt dataExpiresAt
            grids { position name state } micrographFilters { name } micrographs(first: 5) { nodes { key excluded } } } }
          a: facility(key: "lab-a") { ...State }
          b: facility(key: "lab-b") { ...State }
        }
        fragment State on Facility { sessions { totalCount } bookings { totalCount } microscopes { nodes { key runLock { sessionId } agentSeenAt } } }
        """;

    private int _next;

    public PlatformSchemaHarness Harness { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Harness = await PlatformSchemaHarness.StartAsync();
        await Harness.Silo.Grains.GetGrain<IMicroscopeGrain>("scope-a2").RegisterAsync(new MicroscopeRegistration(
            "lab-a", "Glacios scope-a2", "Glacios", [new Detector("falcon4i", "Falcon 4i", "Falcon 4i", DetectorVendor.ThermoFisher)], HasEnergyFilter: false));
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();

    /// <summary>A new session of group "lab" on lab-a's booking and microscope, with grids 1 and 2 and one agent micrograph.</summary>
    public async Task<MatrixTarget> SeedTargetAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var key = $"m-{n}";
        var grains = Harness.Silo.Grains;
        var session = grains.GetGrain<ISessionGrain>(key);
        await session.CreateAsync(new CreateSessionRequest("booking-a", "alice", $"matrix{n}", "lab", "k3", null, null, RequestedByStaff: false));
        await session.AddGridAsync(new GridSetup(1, $"m{n}_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        await session.AddGridAsync(new GridSetup(2, null, "R2/1", 300, MeshMaterial.Carbon));
        var result = MicrographSeed.Result(0);
        var micrograph = await grains.GetGrain<IMicrographGrain>(MicrographKeys.For(key, "agent", result.Name)).RecordAsync(new RecordMicrographRequest(key, "lab-a", "agent", result));
        return new MatrixTarget(key, micrograph.Key);
    }

    /// <summary>What a denied call must leave unchanged: the target session and both facilities' lists and microscopes.</summary>
    public async Task<string> SnapshotAsync(MatrixTarget target)
    {
        var data = await Harness.DataAsync(SnapshotQuery, new { id = target.SessionId });
        return data.GetRawText();
    }

    /// <summary>Runs the probe as the caller with <paramref name="id"/>; the response (or for a subscription the failure, or STARTED) as JSON text with the ids masked.</summary>
    public async Task<(string Text, JsonElement Response)> RunAsync(MatrixCaller caller, FieldProbe probe, string id, params string[] masked)
    {
        var variables = probe.Document.Contains("$id", StringComparison.Ordinal) ? new { id } : null;
        JsonElement response;
        if (probe.IsSubscription)
        {
            var request = new GraphQLRequest { Query = probe.Document, Variables = variables is null ? null : JsonInput.ToMap(JsonSerializer.SerializeToElement(variables)) };
            var started = await Harness.Engine.SubscribeAsync(request, new RequestOptions { Services = Harness.Silo.Services, User = caller.Principal }, TestContext.Current.CancellationToken);
            response = started.Failure is { } failure
                ? JsonDocument.Parse(ResultWriter.ToUtf8(failure)).RootElement.Clone()
                : JsonDocument.Parse("""{ "data": { "started": true } }""").RootElement.Clone();
        }
        else
        {
            response = await Harness.RunAsAsync(caller.Principal, probe.Document, variables);
        }

        var text = new StringBuilder(response.GetRawText());
        foreach (var value in masked.Where(m => m.Length > 0).OrderByDescending(m => m.Length))
        {
            text.Replace(value, "<ID>");
        }

        return (text.ToString(), response);
    }
}
