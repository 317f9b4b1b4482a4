using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Journal;

/// <summary>Grid states.</summary>
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
}
