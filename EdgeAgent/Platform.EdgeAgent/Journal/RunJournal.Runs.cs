using System.Text.Json;
using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Journal;

/// <summary>
/// Which run is under way: the start command is journalled before the run begins and marked ended when it ends (completed, stopped,
/// killed or in error), so an agent killed or stopped mid-run finds its unfinished run on the next start and resumes it, even though
/// the platform will not deliver that start command again.
/// </summary>
public sealed partial class RunJournal
{
    /// <summary>Records <paramref name="start"/> as the run under way (the latest start of its session wins).</summary>
    public void RecordRunStarted(StartRunCommand start)
    {
        ArgumentNullException.ThrowIfNull(start);
        lock (_lock)
        {
            _db.Execute("""
                INSERT INTO runs(session_id, start_command, active, started_seq) VALUES (?1, ?2, 1, (SELECT COALESCE(MAX(started_seq), 0) + 1 FROM runs))
                ON CONFLICT(session_id) DO UPDATE SET start_command = excluded.start_command, active = 1, started_seq = excluded.started_seq
                """, start.SessionId, JsonSerializer.Serialize(start, _json));
        }
    }

    /// <summary>Marks the session's run ended: it is not resumed after a restart.</summary>
    public void RecordRunEnded(string sessionId)
    {
        lock (_lock)
        {
            _db.Execute("UPDATE runs SET active = 0 WHERE session_id = ?1", sessionId);
        }
    }

    /// <summary>The start command of the run that was under way when the agent last stopped, or null when every run ended.</summary>
    public StartRunCommand? UnfinishedRun()
    {
        lock (_lock)
        {
            string? json = null;
            _db.Query("SELECT start_command FROM runs WHERE active = 1 ORDER BY started_seq DESC LIMIT 1", [], r => json = r.Text(0));
            try
            {
                return json is null ? null : JsonSerializer.Deserialize<StartRunCommand>(json, _json);
            }
            catch (JsonException ex)
            {
                throw new JournalException($"The journal's unfinished run cannot be read ({ex.Message}); delete the journal to start afresh.", ex);
            }
        }
    }
}
