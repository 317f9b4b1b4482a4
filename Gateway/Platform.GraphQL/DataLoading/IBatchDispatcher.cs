namespace Platform.GraphQL.DataLoading;

/// <summary>A loader with keys waiting to be fetched in one batch.</summary>
public interface IBatchDispatcher
{
    bool HasPending { get; }

    /// <summary>Fetches every pending key in one call and completes the waiting loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
