using System.Text.Json;
using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Journal;

/// <summary>
/// The agent's local, durable memory of a run (embedded SQLite, WAL, synchronous=FULL): each grid's target queue, target and grid
/// states, and finished steps (atlas taken, square's holes found). Every method commits before
/// it returns, so after a kill the journal says exactly which targets were started and which acquired — the basis of "never the
/// same target twice". Thread safe (one lock): the workflow and the command pump both use it.
/// </summary>
public sealed partial class RunJournal : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly Lock _lock = new();
    private readonly JournalDatabase _db;

    private RunJournal(JournalDatabase db)
    {
        _db = db;
    }

    /// <summary>Opens (creating if needed) the journal at <paramref name="path"/>; a <see cref="JournalException"/> says what is wrong.</summary>
    public static RunJournal Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var db = JournalDatabase.Open(path);
        try
        {
            db.Execute("""
                CREATE TABLE IF NOT EXISTS targets(
                    session_id TEXT NOT NULL, target_id TEXT NOT NULL, grid_position INTEGER NOT NULL, seq INTEGER NOT NULL,
                    bis_center TEXT, state TEXT NOT NULL, report TEXT NOT NULL, PRIMARY KEY(session_id, target_id))
                """);
            db.Execute("CREATE TABLE IF NOT EXISTS grids(session_id TEXT NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL, PRIMARY KEY(session_id, position))");
            db.Execute("CREATE TABLE IF NOT EXISTS steps(session_id TEXT NOT NULL, step TEXT NOT NULL, PRIMARY KEY(session_id, step))");
            db.Execute("CREATE TABLE IF NOT EXISTS runs(session_id TEXT NOT NULL PRIMARY KEY, start_command TEXT NOT NULL, active INTEGER NOT NULL, started_seq INTEGER NOT NULL)");
            return new RunJournal(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public bool IsStepDone(string sessionId, string step)
    {
        lock (_lock)
        {
            var done = false;
            _db.Query("SELECT 1 FROM steps WHERE session_id = ?1 AND step = ?2", [sessionId, step], _ => done = true);
            return done;
        }
    }

    /// <summary>Adds found targets to the queue (existing ids are kept as they are) and marks <paramref name="step"/> done, atomically.</summary>
    public void RecordFound(string sessionId, string step, int gridPosition, IEnumerable<(TargetReport Target, string? BisCenterId)> targets)
    {
        lock (_lock)
        {
            _db.InTransaction(() =>
            {
                foreach (var (target, center) in targets)
                {
                    InsertTarget(sessionId, gridPosition, target, center);
                }

                _db.Execute("INSERT OR IGNORE INTO steps(session_id, step) VALUES (?1, ?2)", sessionId, step);
            });
        }
    }

    /// <summary>Queues a target a user added; false when the id was already known (nothing changes).</summary>
    public bool AddTarget(string sessionId, int gridPosition, TargetReport target)
    {
        lock (_lock)
        {
            var added = false;
            _db.InTransaction(() => added = InsertTarget(sessionId, gridPosition, target, target.Level == TargetLevel.Hole ? target.TargetId : null));
            return added;
        }
    }

    /// <summary>Sets a target's state only when it is currently <paramref name="expected"/>; true when it changed.</summary>
    public bool TransitionTarget(string sessionId, string targetId, WorkState expected, WorkState next)
    {
        lock (_lock)
        {
            var changed = false;
            _db.InTransaction(() =>
            {
                var current = (WorkState?)null;
                _db.Query("SELECT state FROM targets WHERE session_id = ?1 AND target_id = ?2", [sessionId, targetId], r => current = Enum.Parse<WorkState>(r.Text(0)));
                if (current == expected)
                {
                    _db.Execute("UPDATE targets SET state = ?3 WHERE session_id = ?1 AND target_id = ?2", sessionId, targetId, next.ToString());
                    changed = true;
                }
            });
            return changed;
        }
    }

    public void SetTargetState(string sessionId, string targetId, WorkState state)
    {
        lock (_lock)
        {
            _db.Execute("UPDATE targets SET state = ?3 WHERE session_id = ?1 AND target_id = ?2", sessionId, targetId, state.ToString());
        }
    }

    /// <summary>The grid's queue in queue order.</summary>
    public IReadOnlyList<JournalTarget> Targets(string sessionId, int gridPosition)
    {
        lock (_lock)
        {
            var list = new List<JournalTarget>();
            _db.Query("SELECT seq, bis_center, state, report FROM targets WHERE session_id = ?1 AND grid_position = ?2 ORDER BY seq", [sessionId, gridPosition],
                r => list.Add(new JournalTarget(gridPosition, r.Int64(0), JsonSerializer.Deserialize<TargetReport>(r.Text(3), _json)!, r.NullableText(1),
                    Enum.Parse<WorkState>(r.Text(2)))));
            return list;
        }
    }

    public JournalTarget? Target(string sessionId, string targetId)
    {
        lock (_lock)
        {
            JournalTarget? found = null;
            _db.Query("SELECT grid_position, seq, bis_center, state, report FROM targets WHERE session_id = ?1 AND target_id = ?2", [sessionId, targetId],
                r => found = new JournalTarget((int)r.Int64(0), r.Int64(1), JsonSerializer.Deserialize<TargetReport>(r.Text(4), _json)!, r.NullableText(2),
                    Enum.Parse<WorkState>(r.Text(3))));
            return found;
        }
    }

    public void Dispose() => _db.Dispose();

    private bool InsertTarget(string sessionId, int gridPosition, TargetReport target, string? bisCenter)
    {
        long next = 0;
        _db.Query("SELECT COALESCE(MAX(seq), 0) + 1 FROM targets WHERE session_id = ?1", [sessionId], r => next = r.Int64(0));
        var before = 0L;
        _db.Query("SELECT COUNT(*) FROM targets WHERE session_id = ?1 AND target_id = ?2", [sessionId, target.TargetId], r => before = r.Int64(0));
        if (before > 0)
        {
            return false;
        }

        var state = target.Selected ? WorkState.Queued : WorkState.Skipped;
        _db.Execute("INSERT INTO targets(session_id, target_id, grid_position, seq, bis_center, state, report) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            sessionId, target.TargetId, gridPosition, next, bisCenter, state.ToString(), JsonSerializer.Serialize(target, _json));
        return true;
    }
}
