namespace Platform.Runtime.Indexing;

/// <summary>
/// Reads index tables. List queries (sessions of a facility, bookings of a microscope) are answered
/// here, filtered in the database, never by activating and scanning grains.
/// </summary>
public interface IIndexReader
{
    Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default);

    Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default);
}
