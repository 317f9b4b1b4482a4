using Platform.Blobs.Upload;

namespace Platform.Transfer.Queue;

/// <summary>State changes of one entry as its upload runs, the blocks it recorded, counts and clearing.</summary>
public sealed partial class TransferQueue
{
    /// <summary>Marks the entry started and counts the attempt; returns it as now stored.</summary>
    public TransferItem MarkStarted(long id) =>
        Update(id, "UPDATE transfers SET state = ?2, attempts = attempts + 1 WHERE id = ?1", s => s.Bind(2, (long)TransferState.Started));

    /// <summary>Records a block storage has accepted (or an earlier run had staged), replacing any older record at its index.</summary>
    public void RecordBlock(long id, UploadedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (_lock)
        {
            _db.InTransaction(() =>
            {
                using var insert = _db.Prepare(
                    "INSERT OR REPLACE INTO blocks(transfer_id, block_index, block_id, md5, length_bytes) VALUES(?1, ?2, ?3, ?4, ?5)");
                return insert.Bind(1, id).Bind(2, block.Index).Bind(3, block.BlockId).Bind(4, block.Md5).Bind(5, block.LengthBytes).ExecuteNonQuery();
            });
        }
    }

    /// <summary>The blocks recorded for the entry, in file order.</summary>
    public IReadOnlyList<QueuedBlock> Blocks(long id)
    {
        lock (_lock)
        {
            using var select = _db.Prepare("SELECT block_index, block_id, md5, length_bytes FROM blocks WHERE transfer_id = ?1 ORDER BY block_index");
            select.Bind(1, id);
            var blocks = new List<QueuedBlock>();
            while (select.Step())
            {
                blocks.Add(new QueuedBlock((int)select.GetInt64(0), select.GetString(1), select.GetBytes(2), (int)select.GetInt64(3)));
            }

            return blocks;
        }
    }

    /// <summary>Marks the entry committed and verified, with the whole file's SHA-256.</summary>
    public TransferItem MarkCompleted(long id, string sha256) =>
        Update(id, "UPDATE transfers SET state = ?2, sha256 = ?3, last_error = NULL WHERE id = ?1", s => s.Bind(2, (long)TransferState.Completed).Bind(3, sha256));

    /// <summary>Records a failed attempt: queued again from <paramref name="retryAt"/>, or in error for good when it is null.</summary>
    public TransferItem MarkFailed(long id, string error, DateTimeOffset? retryAt) =>
        Update(id, "UPDATE transfers SET state = ?2, last_error = ?3, not_before_ticks = ?4 WHERE id = ?1", s => s
            .Bind(2, (long)(retryAt is null ? TransferState.Error : TransferState.Queued)).Bind(3, error).Bind(4, retryAt?.UtcTicks ?? 0));

    /// <summary>Marks the entry skipped on purpose (its name is taken in storage by other content), with the reason.</summary>
    public TransferItem MarkSkipped(long id, string reason, string? sha256) =>
        Update(id, "UPDATE transfers SET state = ?2, last_error = ?3, sha256 = ?4 WHERE id = ?1", s => s.Bind(2, (long)TransferState.Skipped).Bind(3, reason).Bind(4, sha256));

    /// <summary>Forgets entries in error or skipped and the recorded duplicates, so their files are offered afresh; returns how many entries went.</summary>
    /// <remarks>Completed entries stay: they are what stops a file being sent twice.</remarks>
    public int ClearFailed()
    {
        lock (_lock)
        {
            return _db.InTransaction(() =>
            {
                using var duplicates = _db.Prepare("DELETE FROM duplicates");
                duplicates.ExecuteNonQuery();
                using var failed = _db.Prepare("DELETE FROM transfers WHERE state IN (?1, ?2)");
                return failed.Bind(1, (long)TransferState.Error).Bind(2, (long)TransferState.Skipped).ExecuteNonQuery();
            });
        }
    }

    /// <summary>How many entries are in each state, with completed and pending bytes.</summary>
    public QueueCounts Counts()
    {
        lock (_lock)
        {
            var perState = new int[5];
            long completedBytes = 0, pendingBytes = 0;
            using (var select = _db.Prepare("SELECT state, COUNT(*), SUM(size_bytes) FROM transfers GROUP BY state"))
            {
                while (select.Step())
                {
                    var state = (TransferState)select.GetInt64(0);
                    perState[(int)state] = (int)select.GetInt64(1);
                    completedBytes += state == TransferState.Completed ? select.GetInt64(2) : 0;
                    pendingBytes += state is TransferState.Queued or TransferState.Started ? select.GetInt64(2) : 0;
                }
            }

            using var duplicates = _db.Prepare("SELECT COUNT(*) FROM duplicates");
            duplicates.Step();
            return new QueueCounts(perState[0], perState[1], perState[2], perState[3], perState[4], (int)duplicates.GetInt64(0), completedBytes, pendingBytes);
        }
    }

    private TransferItem Update(long id, string sql, Action<Sqlite.QueueStatement> bind)
    {
        lock (_lock)
        {
            return _db.InTransaction(() =>
            {
                using var update = _db.Prepare(sql);
                update.Bind(1, id);
                bind(update);
                if (update.ExecuteNonQuery() == 0)
                {
                    throw new KeyNotFoundException($"No transfer queue entry {id}.");
                }

                return FindById(id)!;
            });
        }
    }
}
