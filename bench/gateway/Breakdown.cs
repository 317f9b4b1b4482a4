using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bench;

/// <summary>
/// The parts of the sessions page, each timed on its own: the SQL page and count, the 150 grain reads through the runtime,
/// and result serialisation; the engine's own execution is what the cached GraphQL figure has beyond their sum.
/// </summary>
public static class Breakdown
{
    public static async Task<IReadOnlyList<(string Label, Func<Task> Action)>> PartsAsync(IServiceProvider services, IGrainFactory grains, GraphQLEngine engine, GraphQLRequest request, RequestOptions options)
    {
        var reader = (IIndexReader)services.GetService(typeof(IIndexReader))!;
        var filters = new IndexFilter[] { new(SessionIndex.FacilityId, IndexOperator.Equal, BenchPlatform.FacilityId) };
        var query = new IndexQuery(SessionIndex.Table) { Filters = filters, Order = [new(SessionIndex.CreatedAt, Descending: true)], Limit = 50 };
        var page = await reader.QueryAsync(query);
        var sessionKeys = page.Rows.Select(r => r.Key).ToList();
        var gridKeys = (await Task.WhenAll(sessionKeys.Select(k => grains.GetGrain<ISessionGrain>(k).GetAsync()))).SelectMany(s => s.Grids.Select(g => g.GridKey)).ToList();
        var result = await engine.ExecuteAsync(request, options);
        return
        [
            ("  part: SQL sessions page (50 rows)", () => reader.QueryAsync(query)),
            ("  part: SQL count", () => reader.CountAsync(SessionIndex.Table, filters)),
            ("  part: 50 session grain reads", () => Task.WhenAll(sessionKeys.Select(k => grains.GetGrain<ISessionGrain>(k).GetAsync()))),
            ("  part: 100 grid grain reads", () => Task.WhenAll(gridKeys.Select(k => grains.GetGrain<IGridGrain>(k).GetAsync()))),
            ("  part: data side (the four above)", async () =>
            {
                // The four data parts above in one run: what a list page costs below the engine (target: 0.2 ms CPU, 80 KB).
                await reader.QueryAsync(query);
                await reader.CountAsync(SessionIndex.Table, filters);
                await Task.WhenAll(sessionKeys.Select(k => grains.GetGrain<ISessionGrain>(k).GetAsync()));
                await Task.WhenAll(gridKeys.Select(k => grains.GetGrain<IGridGrain>(k).GetAsync()));
            }),
            ("  part: serialise the result", () =>
            {
                ResultWriter.ToUtf8(result);
                return Task.CompletedTask;
            }),
        ];
    }
}
