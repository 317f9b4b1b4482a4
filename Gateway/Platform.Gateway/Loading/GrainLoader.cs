using System.Runtime.CompilerServices;
using Platform.Grains.Errors;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Loading;

/// <summary>
/// Request-scoped batched grain reads: every key a query level asks for is fetched in one concurrent batch and
/// at most once per request. A key whose grain does not exist loads as null.
/// </summary>
public static class GrainLoader
{
    // The batch function of a (grain factory, read) pair, made once rather than as a new closure on every load: resolvers
    // pass non-capturing lambdas, which the compiler caches, so the table holds one entry per list kind (weakly: an entry
    // goes with its factory or delegate).
    private static readonly ConditionalWeakTable<IGrainFactory, ConditionalWeakTable<Delegate, object>> _batches = [];

    public static Task<TView?> LoadAsync<TView>(ResolverContext context, string name, string key, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class
    {
        var grains = context.Service<IGrainFactory>();
        var batches = _batches.GetValue(grains, static _ => []);
        var batch = batches.TryGetValue(read, out var made) ? (GrainBatch<TView>)made : Add(batches, grains, read);
        return context.DataLoaders.GetOrCreate<string, TView>(name, batch.Fetch).LoadAsync(key);
    }

    /// <summary>
    /// One grain read now, bypassing the request's cache: for the object a mutation (or its rule) acts on, so that the
    /// mutation's payload, read through <see cref="LoadAsync"/> afterwards, shows the object after the change. Null when it does not exist.
    /// </summary>
    public static Task<TView?> ReadCurrentAsync<TView>(ResolverContext context, Func<IGrainFactory, Task<TView>> read)
        where TView : class => TryReadAsync(() => read(context.Service<IGrainFactory>()));

    private static async Task<TView?> TryReadAsync<TView>(Func<Task<TView>> read)
        where TView : class
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static GrainBatch<TView> Add<TView>(ConditionalWeakTable<Delegate, object> batches, IGrainFactory grains, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class => (GrainBatch<TView>)batches.GetValue(read, _ => new GrainBatch<TView>(grains, read));
}
