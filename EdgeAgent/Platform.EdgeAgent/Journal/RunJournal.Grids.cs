using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Journal;

/// <summary>Grid states and numbered occurrences (pauses, start attempts).</summary>
public sealed partial class RunJournal
{
    public WorkState? GridState(string sessionId, int position)
    {
        lock (_lock)
        {
            WorkState? state = null;
            _db.Query("SELECT state FROM grids WHERE session_id = ?1 AND position = ?2", [sessionId, position], r => state = Enum.Parse<WorkState>(r.Text(0)));
            return state;
        }
    }

    public void SetGridState(string sessionId, int position, WorkState state)
    {
        lock (_lock)
        {
            _db.Execute("INSERT INTO grids(session_id, position, state) VALUES (?1, ?2, ?3) ON CONFLICT(session_id, position) DO UPDATE SET state = excluded.state",
                sessionId, position, state.ToString());
        }
    }

    /// <summary>
    /// Claims the next number of a recurring event (<c>prefix/1</c>, <c>prefix/2</c>, …) durably and returns it, so an event that
    /// happens again — a second pause on a grid, a run resumed after a restart — gets a report key of its own, in every process.
    /// </summary>
    public int ClaimNextOccurrence(string sessionId, string prefix)
    {
        lock (_lock)
        {
            var next = 1;
            _db.InTransaction(() =>
            {
                _db.Query("SELECT COUNT(*) + 1 FROM steps WHERE session_id = ?1 AND step LIKE ?2 ESCAPE '\\'", [sessionId, EscapeLike(prefix) + "/%"],
                    r => next = (int)r.Int64(0));
                _db.Execute("INSERT INTO steps(session_id, step) VALUES (?1, ?2)", sessionId, $"{prefix}/{next}");
            });
            return next;
        }
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
