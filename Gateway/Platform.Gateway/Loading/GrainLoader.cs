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
    /// <summary>The view of <paramref name="key"/> through the request's memo named <paramref name="name"/>, read with <paramref name="read"/> on first use.</summary>
    public static Task<TView?> LoadAsync<TView>(ResolverContext context, string name, string key, Func<IGrainFactory, string, Task<TView>> read)
        where TView : class =>
        // The grain factory is looked up, and the load made, once per request and memo (when the memo is made), not per key.
        context.DataLoaders.GetOrCreateMemo(name, (Context: context, Read: read), static state =>
        {
            var grains = state.Context.Service<IGrainFactory>();
            var read = state.Read;
            return new Func<string, Task<TView?>>(key => NullWhenMissing(read(grains, key)));
        }).LoadAsync(key);

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
}
