using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Gateway.Loading;

/// <summary>
/// The batch fetch of one kind of grain view: starts every key's read at once, and when they all finished synchronously
/// (activations that answered inline) builds the result with no further task; a grain that does not exist is left out,
/// any other failure fails the batch.
/// </summary>
internal sealed class GrainBatch<TView>
    where TView : class
{
    private readonly IGrainFactory _grains;
    private readonly Func<IGrainFactory, string, Task<TView>> _read;

    public GrainBatch(IGrainFactory grains, Func<IGrainFactory, string, Task<TView>> read)
    {
        _grains = grains;
        _read = read;
        Fetch = (keys, _) => FetchAsync(keys);
    }

    /// <summary>The data loader's batch function (one delegate for the batch's lifetime).</summary>
    public Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, TView>>> Fetch { get; }

    private Task<IReadOnlyDictionary<string, TView>> FetchAsync(IReadOnlyList<string> keys)
    {
        var reads = new Task<TView>[keys.Count];
        var allDone = true;
        for (var i = 0; i < reads.Length; i++)
        {
            try
            {
                reads[i] = _read(_grains, keys[i]);
            }
            catch (Exception exception)
            {
                reads[i] = Task.FromException<TView>(exception);
            }

            allDone &= reads[i].IsCompleted;
        }

        return allDone ? Task.FromResult(Collect(keys, reads)) : CollectAsync(keys, reads);
    }

    private static async Task<IReadOnlyDictionary<string, TView>> CollectAsync(IReadOnlyList<string> keys, Task<TView>[] reads)
    {
        try
        {
            await Task.WhenAll(reads).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Collect looks at each read: a missing grain is left out, anything else is rethrown there.
        }

        return Collect(keys, reads);
    }

    private static IReadOnlyDictionary<string, TView> Collect(IReadOnlyList<string> keys, Task<TView>[] reads)
    {
        var views = new Dictionary<string, TView>(reads.Length, StringComparer.Ordinal);
        for (var i = 0; i < reads.Length; i++)
        {
            var task = reads[i];
            if (task.IsCompletedSuccessfully)
            {
                if (task.Result is { } view)
                {
                    views[keys[i]] = view;
                }
            }
            else if (task.Exception?.InnerException is not NotFoundException)
            {
                // A fault other than "not found", or a cancellation: rethrown as the awaited task would.
                task.GetAwaiter().GetResult();
            }
        }

        return views;
    }
}
