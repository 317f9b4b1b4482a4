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
    public static Task<TView?> LoadAsync<TView>(ResolverContext context, string name, string key, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class
    {
        var grains = context.Service<IGrainFactory>();
        var loader = context.DataLoaders.GetOrCreate<string, TView>(name, async (keys, _) =>
        {
            var views = await Task.WhenAll(keys.Select(async k => (Key: k, View: await TryReadAsync(() => read(grains, k)).ConfigureAwait(false)))).ConfigureAwait(false);
            return views.Where(v => v.View is not null).ToDictionary(v => v.Key, v => v.View!);
        });
        return loader.LoadAsync(key);
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
}
