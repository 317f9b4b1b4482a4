using System.Collections.Concurrent;

namespace Platform.Storage.Sqlite;

/// <summary>
/// The connections of one SQLite database: a single writer, taken in turn (SQLite allows one writer at a
/// time; serializing in process avoids busy retries), and a pool of readers that run concurrently (WAL).
/// </summary>
internal sealed class SqliteConnectionPool : IDisposable
{
    private static readonly TimeSpan _busyTimeout = TimeSpan.FromSeconds(10);

    private readonly string _path;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentBag<SqliteConnection> _readers = [];
    private bool _disposed;

    public SqliteConnectionPool(string path)
    {
        _path = path;
        _writer = SqliteConnection.Open(path, _busyTimeout);
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection once no other write is running.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_writer);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a reader connection; readers see the last committed state.</summary>
    public T Read<T>(Func<SqliteConnection, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _readers.TryTake(out var pooled) ? pooled : SqliteConnection.Open(_path, _busyTimeout);
        try
        {
            return work(connection);
        }
        finally
        {
            if (_disposed)
            {
                connection.Dispose();
            }
            else
            {
                _readers.Add(connection);
            }
        }
    }

    public void Dispose()
    {
        _writeLock.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
            while (_readers.TryTake(out var reader))
            {
                reader.Dispose();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
