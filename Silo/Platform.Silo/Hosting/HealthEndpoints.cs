using Platform.Grains.Facilities;
using Platform.Silo.Runtime;

namespace Platform.Silo.Hosting;

/// <summary><c>GET /health</c>: 200 when the node can reach its storage, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (GrainRuntime runtime, CancellationToken cancellationToken) =>
        {
            try
            {
                var facilities = await runtime.Storage.Indexes.CountAsync(FacilityIndex.FacilitiesTable, [], cancellationToken);
                return Results.Ok(new { status = "healthy", nodeId = runtime.Storage.NodeId, activations = runtime.ActivationCount, facilities });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { status = "unhealthy", nodeId = runtime.Storage.NodeId, error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
