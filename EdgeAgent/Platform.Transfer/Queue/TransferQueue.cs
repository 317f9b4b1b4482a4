using Platform.Transfer.Queue.Sqlite;

namespace Platform.Transfer.Queue;

/// <summary>
/// The agent's durable transfer queue in one embedded SQLite file: every file found complete, its state,
/// the blocks storage has accepted, its SHA-256, attempts and last error.
/// </summary>
/// <remarks>
/// Durability: each method is one transaction, fsynced (WAL, synchronous=FULL) before it returns, so what
/// a call reported done survives a killed process. A full disk throws <see cref="TransferQueueFullException"/>
/// and rolls the call back, leaving earlier entries intact. Thread safe: calls are serialized by a lock.
/// Blob names are unique: a second file claiming a taken name is recorded as a duplicate, never queued over it.
/// </remarks>
public sealed partial class TransferQueue : IDisposable
{
    private const string Columns = "id, source_path, blob_name, size_bytes, modified_ticks, state, sha256, attempts, last_error, not_before_ticks";

    private readonly QueueDatabase _db;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();

    private TransferQueue(QueueDatabase db, TimeProvider timeProvider)
    {
        _db = db;
        _timeProvider = timeProvider;
    }

    /// <summary>Opens the queue at <paramref name="path"/>, creating the file and its tables when missing.</summary>
    public static TransferQueue Open(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var db = QueueDatabase.Open(path);
        try
        {
            db.Execute("""
                CREATE TABLE IF NOT EXISTS transfers(
                  id INTEGER PRIMARY KEY, source_path TEXT NOT NULL, blob_name TEXT NOT NULL UNIQUE,
                  size_bytes INTEGER NOT NULL, modified_ticks INTEGER NOT NULL, state INTEGER NOT NULL,
                  sha256 TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                  not_before_ticks INTEGER NOT NULL DEFAULT 0, queued_ticks INTEGER NOT NULL);
                CREATE INDEX IF NOT EXISTS transfers_pending ON transfers(state, not_before_ticks);
                CREATE TABLE IF NOT EXISTS blocks(
                  transfer_id INTEGER NOT NULL REFERENCES transfers(id) ON DELETE CASCADE,
                  block_index INTEGER NOT NULL, block_id TEXT NOT NULL, md5 BLOB NOT NULL, length_bytes INTEGER NOT NULL,
                  PRIMARY KEY(transfer_id, block_index));
                CREATE TABLE IF NOT EXISTS duplicates(
                  id INTEGER PRIMARY KEY, blob_name TEXT NOT NULL, source_path TEXT NOT NULL,
                  size_bytes INTEGER NOT NULL, modified_ticks INTEGER NOT NULL, detected_ticks INTEGER NOT NULL,
                  UNIQUE(source_path, size_bytes, modified_ticks));
                """);
            return new TransferQueue(db, timeProvider);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>Queues <paramref name="file"/> unless it is already known; a different file under a taken blob name becomes a duplicate.</summary>
    public EnqueueResult Enqueue(ReadyFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        lock (_lock)
        {
            return _db.InTransaction(() =>
            {
                var existing = FindByBlobName(file.BlobName);
                if (existing is null)
                {
                    using var insert = _db.Prepare(
                        "INSERT INTO transfers(source_path, blob_name, size_bytes, modified_ticks, state, queued_ticks) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
                    insert.Bind(1, file.SourcePath).Bind(2, file.BlobName).Bind(3, file.SizeBytes).Bind(4, file.ModifiedAt.UtcTicks)
                        .Bind(5, (long)TransferState.Queued).Bind(6, _timeProvider.GetUtcNow().UtcTicks).ExecuteNonQuery();
                    return new EnqueueResult(EnqueueOutcome.Queued, FindById(_db.LastInsertRowId)!, null);
                }

                if (existing.SourcePath == file.SourcePath && existing.SizeBytes == file.SizeBytes && existing.ModifiedAt == file.ModifiedAt)
                {
                    return new EnqueueResult(EnqueueOutcome.AlreadyKnown, existing, null);
                }

                using var record = _db.Prepare(
                    "INSERT OR IGNORE INTO duplicates(blob_name, source_path, size_bytes, modified_ticks, detected_ticks) VALUES(?1, ?2, ?3, ?4, ?5)");
                var added = record.Bind(1, file.BlobName).Bind(2, file.SourcePath).Bind(3, file.SizeBytes).Bind(4, file.ModifiedAt.UtcTicks)
                    .Bind(5, _timeProvider.GetUtcNow().UtcTicks).ExecuteNonQuery();
                return added == 0
                    ? new EnqueueResult(EnqueueOutcome.AlreadyKnown, existing, null)
                    : new EnqueueResult(EnqueueOutcome.Duplicate, existing, new DuplicateFile(file.BlobName, file.SourcePath, file.SizeBytes, file.ModifiedAt, existing));
            });
        }
    }

    /// <summary>The next file due for upload at <paramref name="now"/>: interrupted ones first, then in queue order; null when none is due.</summary>
    public TransferItem? NextDue(DateTimeOffset now)
    {
        lock (_lock)
        {
            using var next = _db.Prepare(
                $"SELECT {Columns} FROM transfers WHERE state IN (?1, ?2) AND not_before_ticks <= ?3 ORDER BY state = ?2 DESC, id LIMIT 1");
            next.Bind(1, (long)TransferState.Queued).Bind(2, (long)TransferState.Started).Bind(3, now.UtcTicks);
            return next.Step() ? Read(next) : null;
        }
    }

    /// <summary>When the earliest pending file becomes due (possibly already), or null when nothing is pending.</summary>
    public DateTimeOffset? NextDueAt()
    {
        lock (_lock)
        {
            using var next = _db.Prepare("SELECT MIN(not_before_ticks) FROM transfers WHERE state IN (?1, ?2)");
            next.Bind(1, (long)TransferState.Queued).Bind(2, (long)TransferState.Started);
            return next.Step() && !next.IsNull(0) ? new DateTimeOffset(next.GetInt64(0), TimeSpan.Zero) : null;
        }
    }

    /// <summary>The entry with this id, or null.</summary>
    public TransferItem? Get(long id)
    {
        lock (_lock)
        {
            return FindById(id);
        }
    }

    /// <summary>The entry holding this blob name, or null.</summary>
    public TransferItem? Find(string blobName)
    {
        lock (_lock)
        {
            return FindByBlobName(blobName);
        }
    }

    /// <summary>Up to <paramref name="limit"/> entries in <paramref name="state"/> (all states when null), most recent first.</summary>
    public IReadOnlyList<TransferItem> List(TransferState? state, int limit)
    {
        lock (_lock)
        {
            using var list = _db.Prepare($"SELECT {Columns} FROM transfers WHERE ?1 < 0 OR state = ?1 ORDER BY id DESC LIMIT ?2");
            list.Bind(1, state is null ? -1 : (long)state).Bind(2, limit);
            var items = new List<TransferItem>();
            while (list.Step())
            {
                items.Add(Read(list));
            }

            return items;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _db.Dispose();
        }
    }

    private TransferItem? FindById(long id)
    {
        using var find = _db.Prepare($"SELECT {Columns} FROM transfers WHERE id = ?1");
        return find.Bind(1, id).Step() ? Read(find) : null;
    }

    private TransferItem? FindByBlobName(string blobName)
    {
        using var find = _db.Prepare($"SELECT {Columns} FROM transfers WHERE blob_name = ?1");
        return find.Bind(1, blobName).Step() ? Read(find) : null;
    }

    private static TransferItem Read(QueueStatement row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        row.GetInt64(3),
        new DateTimeOffset(row.GetInt64(4), TimeSpan.Zero),
        (TransferState)row.GetInt64(5),
        row.GetNullableString(6),
        (int)row.GetInt64(7),
        row.GetNullableString(8),
        new DateTimeOffset(row.GetInt64(9), TimeSpan.Zero));
}
