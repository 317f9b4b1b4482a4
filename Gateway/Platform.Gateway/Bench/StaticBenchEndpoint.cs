using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Authorization;
using Platform.Identity.Claims;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bench;

/// <summary>
/// The HTTP benchmark's baseline on the same server and pipeline: <c>PUT /bench/static</c> stores a JSON body (the bench
/// stores the GraphQL response it measures), <c>POST /bench/static</c> answers it with no GraphQL work. <c>GET /bench/gc</c>
/// gives the process's garbage-collection totals (collections per generation, pause time, bytes allocated), which the bench
/// reads before and after each run to tell GC pauses from other causes of latency. <c>POST /bench/floor?facility=&lt;key&gt;</c>
/// answers the benchmark's sessions page without GraphQL (<see cref="SessionsPageFloor"/>), after the same token check as
/// <c>/graphql</c> and a facility membership check: what any server must spend on that page over this HTTP stack.
/// Mapped only when <c>Platform:Bench:StaticEndpoint=true</c>.
/// </summary>
public static class StaticBenchEndpoint
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    public static void MapStaticBenchEndpoint(this IEndpointRouteBuilder app)
    {
        var body = """{"data":{}}"""u8.ToArray();
        app.MapPut("/bench/static", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            if (buffer.Length is 0 or > MaxBodyBytes)
            {
                return Results.BadRequest($"The body must be 1 byte to {MaxBodyBytes} bytes of JSON.");
            }

            Volatile.Write(ref body, buffer.ToArray());
            return Results.NoContent();
        });
        app.MapGet("/bench/gc", () => Results.Json(new
        {
            gen0 = GC.CollectionCount(0),
            gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2),
            pauseMs = GC.GetTotalPauseDuration().TotalMilliseconds,
            allocatedBytes = GC.GetTotalAllocatedBytes(),
        }));
        app.MapPost("/bench/static", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted).ConfigureAwait(false);
            var current = Volatile.Read(ref body);
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = current.Length;
            await http.Response.Body.WriteAsync(current, http.RequestAborted).ConfigureAwait(false);
        });
        var floors = new ConcurrentBag<SessionsPageFloor>();
        app.MapPost("/bench/floor", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted).ConfigureAwait(false);
            var auth = await TokenAuthentication.AuthenticateAsync(http, null, http.RequestAborted).ConfigureAwait(false);
            var facilityId = http.Request.Query["facility"].ToString();
            if (auth.User is null)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            if (!Caller.From(auth.User).BelongsTo(facilityId))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            // One floor (and its 64 KB buffer) per request in flight, reused: the engine keeps its buffers per thread too.
            if (!floors.TryTake(out var floor))
            {
                var services = http.RequestServices;
                floor = new SessionsPageFloor(services.GetRequiredService<IIndexReader>(), services.GetRequiredService<IGrainFactory>(), services.GetService<TimeProvider>() ?? TimeProvider.System);
            }

            try
            {
                var page = await floor.WriteAsync(facilityId).ConfigureAwait(false);
                http.Response.ContentType = "application/json";
                http.Response.ContentLength = page.Length;
                await http.Response.Body.WriteAsync(page, http.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                floors.Add(floor);
            }
        });
    }
}
