using System.Runtime.CompilerServices;
using Platform.Grains.Errors;
using Platform.GraphQL.DataLoading;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Loading;

/// <summary>
/// Request-scoped grain reads: each key is read at most once per request, and its read starts as soon as a resolver asks
/// for it. Grain calls are in process, one per key whatever the batch, so holding keys back for a batch would only delay
/// them; a call that its activation answers inline completes at once, and so does the field that asked. A key whose grain
/// does not exist loads as null.
/// </summary>
public static class GrainLoader
{
    // The load function of a (grain factory, read) pair, made once rather than as a new closure on every load: resolvers
    // pass non-capturing lambdas, which the compiler caches, so the table holds one entry per kind of view (weakly: an
    // entry goes with its factory or delegate).
    private static readonly ConditionalWeakTable<IGrainFactory, ConditionalWeakTable<Delegate, object>> _loads = [];

    public static Task<TView?> LoadAsync<TView>(ResolverContext context, string name, string key, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class
    {
        var grains = context.Service<IGrainFactory>();
        var loads = _loads.GetValue(grains, static _ => []);
        var load = loads.TryGetValue(read, out var made) ? (Func<string, Task<TView?>>)made : Add(loads, grains, read);
        return context.DataLoaders.GetOrCreateMemo(name, load).LoadAsync(key);
    }

    /// <summary>
    /// One grain read now, bypassing the request's cache: for the object a mutation (or its rule) acts on, so that the
    /// mutation's payload, read through <see cref="LoadAsync"/> afterwards, shows the object after the change. Null when it does not exist.
    /// </summary>
    public static Task<TView?> ReadCurrentAsync<TView>(ResolverContext context, Func<IGrainFactory, Task<TView>> read)
        where TView : class => NullWhenMissing(read(context.Service<IGrainFactory>()));

    /// <summary>The read's view, or null when its grain does not exist; a read that already finished needs no new task.</summary>
    private static Task<TView?> NullWhenMissing<TView>(Task<TView> read)
        where TView : class
    {
        if (read.IsCompletedSuccessfully)
        {
            return read!;
        }

        return read.IsFaulted && read.Exception.InnerException is NotFoundException ? Task.FromResult<TView?>(null) : AwaitAsync(read);

        static async Task<TView?> AwaitAsync(Task<TView> pending)
        {
            try
            {
                return await pending.ConfigureAwait(false);
            }
            catch (NotFoundException)
            {
                return null;
            }
        }
    }

    private static Func<string, Task<TView?>> Add<TView>(ConditionalWeakTable<Delegate, object> loads, IGrainFactory grains, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class => (Func<string, Task<TView?>>)loads.GetValue(read, _ => new Func<string, Task<TView?>>(key => NullWhenMissing(read(grains, key))));
}
