namespace Platform.Storage.Sqlite;

/// <summary>A transaction on one <see cref="SqliteConnection"/>; disposing it without <see cref="Commit"/> rolls back.</summary>
internal sealed class SqliteTransaction : IDisposable
{
    private readonly SqliteConnection _connection;
    private bool _finished;

    public SqliteTransaction(SqliteConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Commits; with WAL and synchronous=FULL this returns after the WAL is fsynced.</summary>
    public void Commit()
    {
        _finished = true;
        try
        {
            _connection.Execute("COMMIT");
        }
        catch (SqliteException)
        {
            // A failed COMMIT (busy, I/O error) can leave the transaction open; end it so the connection stays usable.
            _connection.TryRollback();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            _connection.TryRollback();
        }
    }
}
